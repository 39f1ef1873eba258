// FEEL string built-ins: substring, string length, upper/lower case, substring before/after,
// replace, contains, starts/ends with, matches, split, string join. Positions count Unicode
// code points, as the spec asks ("\U01F40Eab" has length 3).

#include "automation/feel/BuiltinsRegistry.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

bool stringsOrNull(const Args &a, qsizetype count, bool &anyNull)
{
    anyNull = false;
    for (qsizetype i = 0; i < count && i < a.size(); ++i) {
        if (a[i].isNull())
            anyNull = true;
        else if (!a[i].is(ValueKind::String))
            return false;
    }
    return true;
}

// A function of two strings (string, match) → value.
Impl twoStrings(const QString &name, std::function<Value(const QString &, const QString &)> f)
{
    return [name, f](const Args &a, CallContext &ctx) -> Value {
        bool anyNull = false;
        if (!stringsOrNull(a, 2, anyNull))
            return fail(ctx, name, tr("the arguments must be strings"));
        if (anyNull)
            return Value();
        return f(a[0].string(), a[1].string());
    };
}

// Translates an XPath/XSD regular expression with XPath flags into a QRegularExpression;
// an invalid pattern or flag gives an invalid expression and a message.
QRegularExpression translatedRegex(const QString &pattern, const QString &flags, QString &error)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    bool literal = false;
    bool extended = false;
    for (QChar f : flags) {
        switch (f.unicode()) {
        case 's':
            options |= QRegularExpression::DotMatchesEverythingOption;
            break;
        case 'm':
            options |= QRegularExpression::MultilineOption;
            break;
        case 'i':
            options |= QRegularExpression::CaseInsensitiveOption;
            break;
        case 'x':
            extended = true;
            break;
        case 'q':
            literal = true;
            break;
        default:
            error = tr("unknown regular expression flag '%1'").arg(f);
            return QRegularExpression();
        }
    }
    QString translated;
    if (literal) {
        translated = QRegularExpression::escape(pattern);
    } else {
        // XSD's \i and \c (name characters) have no PCRE spelling; the x flag drops
        // whitespace outside character classes (PCRE's x would also treat # as comment).
        int classDepth = 0;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern[i];
            if (c == u'\\' && i + 1 < pattern.size()) {
                const QChar n = pattern[i + 1];
                if (n == u'i')
                    translated += classDepth ? u"\\p{L}_:"_s : u"[\\p{L}_:]"_s;
                else if (n == u'I')
                    translated += u"[^\\p{L}_:]"_s;
                else if (n == u'c')
                    translated += classDepth ? u"\\p{L}\\p{N}.\\-_:"_s : u"[\\p{L}\\p{N}.\\-_:]"_s;
                else if (n == u'C')
                    translated += u"[^\\p{L}\\p{N}.\\-_:]"_s;
                else
                    translated += QString(c) + n;
                ++i;
                continue;
            }
            if (c == u'[')
                ++classDepth;
            else if (c == u']' && classDepth > 0)
                --classDepth;
            if (extended && classDepth == 0 &&
                (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'))
                continue;
            // Without the m flag XPath's $ is the very end; PCRE's would also match before
            // a final newline.
            if (c == u'$' && classDepth == 0 && !(options & QRegularExpression::MultilineOption)) {
                translated += u"\\z"_s;
                continue;
            }
            translated += c;
        }
    }
    QRegularExpression re(translated, options);
    if (!re.isValid())
        error = tr("invalid regular expression: %1").arg(re.errorString());
    return re;
}

// translatedRegex(), remembered per thread: a rule calls replace()/matches() with the same
// few literal patterns for every case, and compiling one (PCRE2 with JIT) costs far more
// than the match. Bounded, as patterns may also be computed.
QRegularExpression xpathRegex(const QString &pattern, const QString &flags, QString &error)
{
    constexpr qsizetype MaxCached = 64;
    thread_local QHash<std::pair<QString, QString>, QRegularExpression> cache;
    std::pair<QString, QString> key(pattern, flags);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QRegularExpression re = translatedRegex(pattern, flags, error);
    if (!error.isEmpty())
        return re; // not kept: the message is translated when it is reported
    if (cache.size() >= MaxCached)
        cache.clear();
    cache.insert(std::move(key), re);
    return re;
}

// Parses the optional flags argument: null or absent means none.
bool flagsOf(const Args &a, qsizetype index, QString &flags)
{
    if (a.size() <= index || a[index].isNull())
        return true;
    if (!a[index].is(ValueKind::String))
        return false;
    flags = a[index].string();
    return true;
}

// Expands an XPath replacement string ($n group references, \$ and \\ escapes) for one
// match; false if the replacement string is malformed.
bool expandReplacement(const QString &replacement, const QRegularExpressionMatch &m, QString &out)
{
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c == u'\\') {
            if (i + 1 >= replacement.size() ||
                (replacement[i + 1] != u'\\' && replacement[i + 1] != u'$'))
                return false;
            out += replacement[++i];
        } else if (c == u'$') {
            if (i + 1 >= replacement.size() || !replacement[i + 1].isDigit())
                return false;
            // Longest group number that exists, at least one digit.
            int group = replacement[++i].digitValue();
            while (i + 1 < replacement.size() && replacement[i + 1].isDigit() &&
                   group * 10 + replacement[i + 1].digitValue() <= m.lastCapturedIndex()) {
                group = group * 10 + replacement[++i].digitValue();
            }
            if (group <= m.lastCapturedIndex())
                out += m.captured(group);
        } else {
            out += c;
        }
    }
    return true;
}

} // namespace

void registerString(Registry &r)
{
    add(r, u"substring"_s,
        {{{u"string"_s, u"start position"_s, u"length"_s},
          2,
          false,
          [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull() || a[1].isNull() || (a.size() > 2 && a[2].isNull()))
                  return Value();
              if (!a[0].is(ValueKind::String))
                  return fail(ctx, u"substring"_s, tr("string must be a string"));
              const QList<uint> cps = a[0].string().toUcs4();
              const qint64 len = cps.size();
              const auto start = truncatedIntegerOf(a[1]);
              if (!start || *start == 0 || *start > len || *start < -len)
                  return fail(ctx, u"substring"_s, tr("start position is out of range"));
              const qint64 from = *start > 0 ? *start - 1 : len + *start;
              qint64 count = len - from;
              if (a.size() > 2) {
                  const auto l = truncatedIntegerOf(a[2]);
                  if (!l || *l < 0)
                      return fail(ctx, u"substring"_s, tr("length must be a non-negative number"));
                  count = std::min(count, *l);
              }
              const QList<uint> part = cps.mid(from, count);
              return Value(QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()),
                                             part.size()));
          }}});

    add(r, u"string length"_s, {{{u"string"_s}, 1, false, [](const Args &a, CallContext &ctx) {
                                     if (a[0].isNull())
                                         return Value();
                                     if (!a[0].is(ValueKind::String))
                                         return fail(ctx, u"string length"_s,
                                                     tr("string must be a string"));
                                     return Value::number(a[0].string().toUcs4().size());
                                 }}});

    add(r, u"upper case"_s, {{{u"string"_s}, 1, false, [](const Args &a, CallContext &ctx) {
                                  if (a[0].isNull())
                                      return Value();
                                  if (!a[0].is(ValueKind::String))
                                      return fail(ctx, u"upper case"_s,
                                                  tr("string must be a string"));
                                  return Value(a[0].string().toUpper());
                              }}});
    add(r, u"lower case"_s, {{{u"string"_s}, 1, false, [](const Args &a, CallContext &ctx) {
                                  if (a[0].isNull())
                                      return Value();
                                  if (!a[0].is(ValueKind::String))
                                      return fail(ctx, u"lower case"_s,
                                                  tr("string must be a string"));
                                  return Value(a[0].string().toLower());
                              }}});

    add(r, u"substring before"_s,
        {{{u"string"_s, u"match"_s},
          2,
          false,
          twoStrings(u"substring before"_s, [](const QString &s, const QString &m) {
              const qsizetype i = s.indexOf(m);
              return Value(i < 0 ? QString() : s.left(i));
          })}});
    add(r, u"substring after"_s,
        {{{u"string"_s, u"match"_s},
          2,
          false,
          twoStrings(u"substring after"_s, [](const QString &s, const QString &m) {
              const qsizetype i = s.indexOf(m);
              return Value(i < 0 ? QString() : s.mid(i + m.size()));
          })}});
    add(r, u"contains"_s,
        {{{u"string"_s, u"match"_s},
          2,
          false,
          twoStrings(u"contains"_s,
                     [](const QString &s, const QString &m) { return Value(s.contains(m)); })}});
    add(r, u"starts with"_s,
        {{{u"string"_s, u"match"_s},
          2,
          false,
          twoStrings(u"starts with"_s,
                     [](const QString &s, const QString &m) { return Value(s.startsWith(m)); })}});
    add(r, u"ends with"_s,
        {{{u"string"_s, u"match"_s},
          2,
          false,
          twoStrings(u"ends with"_s,
                     [](const QString &s, const QString &m) { return Value(s.endsWith(m)); })}});

    add(r, u"matches"_s,
        {{{u"input"_s, u"pattern"_s, u"flags"_s},
          2,
          false,
          [](const Args &a, CallContext &ctx) -> Value {
              bool anyNull = false;
              QString flags;
              if (!stringsOrNull(a, 2, anyNull) || !flagsOf(a, 2, flags))
                  return fail(ctx, u"matches"_s, tr("the arguments must be strings"));
              if (anyNull)
                  return Value();
              QString error;
              const QRegularExpression re = xpathRegex(a[1].string(), flags, error);
              if (!error.isEmpty())
                  return fail(ctx, u"matches"_s, error);
              return Value(re.match(a[0].string()).hasMatch());
          }}});

    add(r, u"replace"_s,
        {{{u"input"_s, u"pattern"_s, u"replacement"_s, u"flags"_s},
          3,
          false,
          [](const Args &a, CallContext &ctx) -> Value {
              bool anyNull = false;
              QString flags;
              if (!stringsOrNull(a, 3, anyNull) || !flagsOf(a, 3, flags))
                  return fail(ctx, u"replace"_s, tr("the arguments must be strings"));
              if (anyNull)
                  return Value();
              QString error;
              const QRegularExpression re = xpathRegex(a[1].string(), flags, error);
              if (!error.isEmpty())
                  return fail(ctx, u"replace"_s, error);
              const QString &input = a[0].string();
              const bool literalReplacement = flags.contains(u'q');
              QString out;
              qsizetype last = 0;
              auto it = re.globalMatch(input);
              while (it.hasNext()) {
                  const QRegularExpressionMatch m = it.next();
                  if (m.capturedLength() == 0)
                      return fail(ctx, u"replace"_s, tr("the pattern matches an empty string"));
                  out += input.mid(last, m.capturedStart() - last);
                  if (literalReplacement)
                      out += a[2].string();
                  else if (!expandReplacement(a[2].string(), m, out))
                      return fail(ctx, u"replace"_s, tr("invalid replacement string"));
                  last = m.capturedEnd();
              }
              out += input.mid(last);
              return Value(out);
          }}});

    add(r, u"split"_s,
        {{{u"string"_s, u"delimiter"_s}, 2, false, [](const Args &a, CallContext &ctx) -> Value {
              bool anyNull = false;
              if (!stringsOrNull(a, 2, anyNull))
                  return fail(ctx, u"split"_s, tr("the arguments must be strings"));
              if (anyNull)
                  return Value();
              QString error;
              const QRegularExpression re = xpathRegex(a[1].string(), QString(), error);
              if (!error.isEmpty())
                  return fail(ctx, u"split"_s, error);
              const QString &input = a[0].string();
              QList<Value> parts;
              if (input.isEmpty())
                  return Value(std::move(parts));
              qsizetype last = 0;
              auto it = re.globalMatch(input);
              while (it.hasNext()) {
                  const QRegularExpressionMatch m = it.next();
                  if (m.capturedLength() == 0)
                      return fail(ctx, u"split"_s, tr("the delimiter matches an empty string"));
                  parts.append(Value(input.mid(last, m.capturedStart() - last)));
                  last = m.capturedEnd();
              }
              parts.append(Value(input.mid(last)));
              return Value(std::move(parts));
          }}});

    add(r, u"string join"_s,
        {{{u"list"_s, u"delimiter"_s}, 1, false, [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull())
                  return Value();
              QString delimiter;
              if (a.size() > 1 && !a[1].isNull()) {
                  if (!a[1].is(ValueKind::String))
                      return fail(ctx, u"string join"_s, tr("delimiter must be a string"));
                  delimiter = a[1].string();
              }
              QStringList parts;
              for (const Value &v : asList(a[0])) {
                  if (v.isNull())
                      continue;
                  if (!v.is(ValueKind::String))
                      return fail(ctx, u"string join"_s, tr("list must contain only strings"));
                  parts << v.string();
              }
              return Value(parts.join(delimiter));
          }}});
}

} // namespace casebench::feel::builtinlib
