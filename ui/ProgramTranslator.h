#pragma once
// ProgramTranslator: casebench's own translation catalogue, forgiving about contexts.
// lupdate files a tr() call under the C++ scope it stands in ("casebench::Money", or
// "casebench" for a free function), while files without a Q_OBJECT class translate through
// a file-local helper with a short context ("Money"). Instead of keeping two spellings of
// every context in step by hand, a message not found under its own context is looked up
// under the scopes lupdate may have used for it.

#include <QTranslator>

namespace casebench {

class ProgramTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace casebench
