#pragma once
// LetterTemplate: one letter template of a rule pack — Markdown with {{placeholders}} —
// read and checked against the placeholders casebench can fill in (docs/rule-packs.md,
// "Letter templates"). An unknown placeholder is a Problem naming the template file and
// line, found when the pack is installed, not when a letter is due. QtCore only.

#include "automation/rulepack/RulePack.h"
#include "model/Problem.h"
#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace casebench {

class LetterTemplate
{
public:
    struct Placeholder
    {
        QString name; // as written between the braces, e.g. "amount", "zone", "details.zone"
        int line = 0; // 1-based line in the template file
        bool aloneOnLine = false;
    };

    // The placeholders every pack may use (case_id, amount, reasons …), in the order the
    // documentation lists them.
    static QStringList standardPlaceholders();
    // Placeholders holding whole blocks (lists, tables) rather than words.
    static bool isBlockPlaceholder(const QString &name);
    // The application path a payload placeholder names for this pack, or an empty string
    // when it names none: a dotted path of the pack's input_schema or a path inside an
    // object field of it ("details.provider.name"), or the last segment of exactly one
    // input_schema path ("zone" → "details.zone").
    static QString applicationPath(const QString &name, const RulePackManifest &manifest);

    // Reads and checks a template; all problems of the file at once.
    static Result<LetterTemplate, Problems> read(const QString &file,
                                                 const RulePackManifest &manifest);
    static Result<LetterTemplate, Problems> parse(const QString &text, const QString &file,
                                                  const RulePackManifest &manifest);
    // Every template named in the pack's `letters`; empty when all are fine.
    static Problems checkPack(const RulePack &pack);

    const QString &file() const { return m_file; }
    const QString &text() const { return m_text; }
    const QList<Placeholder> &placeholders() const { return m_placeholders; }

    // The template with each placeholder replaced by `value(placeholder)`; the first
    // failing placeholder's problem is returned.
    Result<QString> fill(const std::function<Result<QString>(const Placeholder &)> &value) const;

private:
    QString m_file;
    QString m_text;
    QList<Placeholder> m_placeholders;
    QList<qsizetype> m_starts; // offset of each placeholder's "{{" in m_text
    QList<qsizetype> m_lengths;
};

} // namespace casebench
