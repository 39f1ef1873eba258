#pragma once
// ApplicationReader: turns one application file (docs/intake-format.md,
// "casebench.application/1") into a CaseRecord, or into every problem the file has — each
// with the file, the dotted field path and the reason — so a person can fix it in one go.

#include "model/CaseRecord.h"
#include "model/JsonTree.h"
#include "model/Problem.h"
#include "model/Result.h"
#include "model/SmallFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace casebench {

class ApplicationReader
{
public:
    static constexpr qint64 MaxFileBytes = 5 * 1024 * 1024;
    static constexpr int MaxCaseIdLength = 64;
    static constexpr int MaxNameLength = 200; // the cache's name columns
    static constexpr int MaxAttachmentNameLength = 260;
    static QString formatName() { return QStringLiteral("casebench.application/1"); }
    // `text` as QDateTime::fromString(text, Qt::ISODateWithMs) reads it — the form senders
    // give received_at in read by hand, at a fraction of Qt's cost. read() reads received_at
    // the same way, keeping the hand-read result apart because it also spares that form the
    // shape check.
    static QDateTime dateTimeFromString(QStringView text);

    // `defaultDeadlineDays`: case type code → days from the received date to the decision
    // deadline when the application names none (the cache's case_types table; see
    // CaseRepository::caseTypes()). A case type missing from it gets no default deadline.
    explicit ApplicationReader(QHash<QString, int> defaultDeadlineDays = {});

    // Reads and checks the file at `path`; files above MaxFileBytes are refused unread.
    // `parsed`, when given, is where the file is parsed (its memory reused from one file to
    // the next); when the file reads, its root is the application object ProposalPipeline::run
    // takes, so that the payload need not be parsed a second time. Otherwise it holds
    // nothing of use.
    Result<CaseRecord, Problems> readFile(const QString &path, JsonTree *parsed = nullptr) const;
    // As readFile(), for a file already read (SmallFile::Folder reads a folder's files).
    Result<CaseRecord, Problems> readContents(const SmallFile::Contents &file, const QString &path,
                                              JsonTree *parsed = nullptr) const;
    // Checks `json` as if read from `source` (used in problems). The record's payload is
    // `json`, byte for byte.
    Result<CaseRecord, Problems> read(const QByteArray &json, const QString &source,
                                      JsonTree *parsed = nullptr) const;

private:
    QHash<QString, int> m_defaultDeadlineDays;
};

} // namespace casebench
