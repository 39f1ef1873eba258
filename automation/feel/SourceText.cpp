#include "automation/feel/SourceText.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace casebench::feel {

namespace {

// The kept texts, in blocks that are never moved or freed: the strings handed out point
// into them for the rest of the program.
class KeptTexts
{
public:
    QString kept(const QString &text)
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_known.constFind(QStringView(text)); it != m_known.cend())
            return QString::fromRawData(it->data(), it->size());
        if (m_total + text.size() > SourceText::maxKeptChars)
            return text;
        if (m_blocks.empty() || m_used + text.size() > blockChars) {
            m_blocks.push_back(std::make_unique<QChar[]>(blockChars));
            m_used = 0;
        }
        QChar *at = m_blocks.back().get() + m_used;
        std::memcpy(static_cast<void *>(at), text.constData(), size_t(text.size()) * sizeof(QChar));
        m_used += text.size();
        m_total += text.size();
        const QStringView stored(at, text.size());
        m_known.insert(stored, stored);
        return QString::fromRawData(at, text.size());
    }

    qsizetype total()
    {
        QMutexLocker lock(&m_mutex);
        return m_total;
    }

private:
    static constexpr qsizetype blockChars = 16 * 1024; // >= SourceText::maxTextChars
    QMutex m_mutex;
    QHash<QStringView, QStringView> m_known;
    std::vector<std::unique_ptr<QChar[]>> m_blocks;
    qsizetype m_used = 0;
    qsizetype m_total = 0;
};

// Never destroyed: strings handed out may still be read (or destroyed, which reads
// nothing of them) by other objects' destructors at exit.
KeptTexts &table()
{
    static KeptTexts *texts = new KeptTexts;
    return *texts;
}

} // namespace

QString SourceText::kept(const QString &text)
{
    if (text.isEmpty() || text.size() > maxTextChars)
        return text;
    return table().kept(text);
}

qsizetype SourceText::keptChars()
{
    return table().total();
}

} // namespace casebench::feel
