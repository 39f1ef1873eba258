#include "ui/ProgramTranslator.h"

#include <QByteArray>

namespace casebench {

QString ProgramTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context)
        return text;
    // The namespaces of our layers: a class's context, then the namespace's own (free
    // functions), innermost first.
    static const char *const scopes[] = {"casebench::", "casebench::dmn::", "casebench::feel::",
                                         "casebench::tck::"};
    for (const char *scope : scopes) {
        const QByteArray qualified = QByteArray(scope) + context;
        text = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    for (const char *scope : scopes) {
        const QByteArray bare = QByteArray(scope).chopped(2);
        text = QTranslator::translate(bare.constData(), sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    return {};
}

} // namespace casebench
