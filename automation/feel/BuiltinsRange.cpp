// FEEL range built-ins (DMN 1.4+ 10.3.4.10): before, after, meets, met by, overlaps,
// overlaps before, overlaps after, finishes, finished by, includes, during, starts,
// started by, coincides; and range(from) which reads a range literal from a string.

#include "automation/feel/BuiltinsRegistry.h"
#include "automation/feel/Feel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

// A range end point or a plain point; a missing end point is an infinity.
struct Point
{
    const Value *value = nullptr;
    int infinity = 0; // -1: minus infinity, +1: plus infinity, 0: *value
};

struct Bounds
{
    Point start;
    Point end;
    bool startIncluded = false;
    bool endIncluded = false;
};

Bounds boundsOf(const Range &r)
{
    Bounds b;
    b.start = r.start && !r.start->isNull() ? Point{&*r.start, 0} : Point{nullptr, -1};
    b.end = r.end && !r.end->isNull() ? Point{&*r.end, 0} : Point{nullptr, 1};
    b.startIncluded = b.start.infinity == 0 && r.startClosed;
    b.endIncluded = b.end.infinity == 0 && r.endClosed;
    return b;
}

// Comparison that remembers whether any pair was not comparable.
struct Comparer
{
    bool failed = false;
    int operator()(Point a, Point b)
    {
        if (a.infinity != 0 || b.infinity != 0)
            return a.infinity == b.infinity ? 0 : (a.infinity < b.infinity ? -1 : 1);
        const auto c = feelCompare(*a.value, *b.value);
        if (!c) {
            failed = true;
            return 0;
        }
        return *c;
    }
    bool lt(Point a, Point b) { return (*this)(a, b) < 0; }
    bool gt(Point a, Point b) { return (*this)(a, b) > 0; }
    bool eq(Point a, Point b) { return (*this)(a, b) == 0; }
};

// The four shapes a range function can take; unset ones are not defined for the name.
struct RangeRelation
{
    std::function<bool(Comparer &, Point, Point)> pointPoint;
    std::function<bool(Comparer &, Point, const Bounds &)> pointRange;
    std::function<bool(Comparer &, const Bounds &, Point)> rangePoint;
    std::function<bool(Comparer &, const Bounds &, const Bounds &)> rangeRange;
};

Impl relationImpl(const QString &name, const RangeRelation &rel)
{
    return [name, rel](const Args &a, CallContext &ctx) -> Value {
        if (a[0].isNull() || a[1].isNull())
            return Value();
        const bool r0 = a[0].is(ValueKind::Range);
        const bool r1 = a[1].is(ValueKind::Range);
        Comparer cmp;
        bool result = false;
        if (!r0 && !r1 && rel.pointPoint)
            result = rel.pointPoint(cmp, Point{&a[0], 0}, Point{&a[1], 0});
        else if (!r0 && r1 && rel.pointRange)
            result = rel.pointRange(cmp, Point{&a[0], 0}, boundsOf(a[1].range()));
        else if (r0 && !r1 && rel.rangePoint)
            result = rel.rangePoint(cmp, boundsOf(a[0].range()), Point{&a[1], 0});
        else if (r0 && r1 && rel.rangeRange)
            result = rel.rangeRange(cmp, boundsOf(a[0].range()), boundsOf(a[1].range()));
        else
            return fail(ctx, name,
                        tr("not defined for a %1 and a %2").arg(a[0].typeName(), a[1].typeName()));
        if (cmp.failed)
            return fail(ctx, name, tr("the points cannot be compared"));
        return Value(result);
    };
}

void addRelation(Registry &r, const QString &name, const RangeRelation &rel)
{
    const Impl impl = relationImpl(name, rel);
    QList<Signature> sigs;
    if (rel.pointPoint)
        sigs.append({{u"point1"_s, u"point2"_s}, 2, false, impl});
    if (rel.pointRange)
        sigs.append({{u"point"_s, u"range"_s}, 2, false, impl});
    if (rel.rangePoint)
        sigs.append({{u"range"_s, u"point"_s}, 2, false, impl});
    if (rel.rangeRange)
        sigs.append({{u"range1"_s, u"range2"_s}, 2, false, impl});
    add(r, name, sigs);
}

bool includesPoint(Comparer &c, const Bounds &r, Point p)
{
    return (c.lt(r.start, p) && c.gt(r.end, p)) || (c.eq(r.start, p) && r.startIncluded) ||
           (c.eq(r.end, p) && r.endIncluded);
}

bool includesRange(Comparer &c, const Bounds &r1, const Bounds &r2)
{
    return (c.lt(r1.start, r2.start) ||
            (c.eq(r1.start, r2.start) && (r1.startIncluded || !r2.startIncluded))) &&
           (c.gt(r1.end, r2.end) || (c.eq(r1.end, r2.end) && (r1.endIncluded || !r2.endIncluded)));
}

bool beforeRanges(Comparer &c, const Bounds &r1, const Bounds &r2)
{
    return c.lt(r1.end, r2.start) ||
           ((!r1.endIncluded || !r2.startIncluded) && c.eq(r1.end, r2.start));
}

// Whether an end point text is one of the literals range() accepts: a number, a string,
// @"…", or date/time/date and time/duration("…"); anything computed (date(string("…")),
// variables) is not allowed (TCK 1156).
bool isEndpointLiteral(QStringView text)
{
    static const QRegularExpression literal(
        uR"(^(?:-?(?:\d+(?:\.\d+)?|\.\d+)|"(?:[^"\\]|\\.)*"|@"(?:[^"\\]|\\.)*"|)"
        uR"((?:date and time|date|time|duration)\s*\(\s*"(?:[^"\\]|\\.)*"\s*\))$)"_s);
    return literal.match(text).hasMatch();
}

// range("[1..10)"): reads a range literal whose end points are FEEL literals.
Value rangeFrom(const Args &a, CallContext &ctx)
{
    if (a[0].isNull())
        return Value();
    if (!a[0].is(ValueKind::String))
        return fail(ctx, u"range"_s, tr("from must be a string"));
    const QString text = a[0].string().trimmed();
    const auto invalid = [&] {
        return fail(ctx, u"range"_s, tr("'%1' is not a range").arg(text));
    };
    const auto endpoint = [](QStringView t) -> std::optional<Value> {
        if (t == u"null")
            return Value();
        if (!isEndpointLiteral(t))
            return std::nullopt;
        const ParseResult parsed = parseExpression(t);
        if (!parsed.ok())
            return std::nullopt;
        CallContext inner;
        const Value v = evaluate(*parsed.expr, Value(), inner);
        if (inner.hasDiagnostics() || v.isNull())
            return std::nullopt;
        return v;
    };
    const qsizetype dots = text.indexOf(u".."_s);
    if (text.size() < 4 || dots < 0)
        return invalid();
    const QChar open = text.front();
    const QChar close = text.back();
    if ((open != u'[' && open != u'(' && open != u']') ||
        (close != u']' && close != u')' && close != u'['))
        return invalid();
    const auto start = endpoint(QStringView(text).mid(1, dots - 1).trimmed());
    const auto end = endpoint(QStringView(text).mid(dots + 2, text.size() - dots - 3).trimmed());
    if (!start || !end || (start->isNull() && end->isNull()))
        return invalid();
    Range range;
    range.startClosed = open == u'[';
    range.endClosed = close == u']';
    if (!start->isNull() && !end->isNull()) {
        const auto order = feelCompare(*start, *end);
        if (!order || *order > 0)
            return fail(
                ctx, u"range"_s,
                tr("the end points of '%1' are of different types or descending").arg(text));
    }
    if (!start->isNull())
        range.start = *start;
    if (!end->isNull())
        range.end = *end;
    return Value(range);
}

} // namespace

void registerRange(Registry &r)
{
    addRelation(r, u"before"_s,
                {[](Comparer &c, Point a, Point b) { return c.lt(a, b); },
                 [](Comparer &c, Point p, const Bounds &b) {
                     return c.lt(p, b.start) || (c.eq(p, b.start) && !b.startIncluded);
                 },
                 [](Comparer &c, const Bounds &b, Point p) {
                     return c.lt(b.end, p) || (c.eq(b.end, p) && !b.endIncluded);
                 },
                 beforeRanges});
    addRelation(r, u"after"_s,
                {[](Comparer &c, Point a, Point b) { return c.gt(a, b); },
                 [](Comparer &c, Point p, const Bounds &b) {
                     return c.gt(p, b.end) || (c.eq(p, b.end) && !b.endIncluded);
                 },
                 [](Comparer &c, const Bounds &b, Point p) {
                     return c.gt(b.start, p) || (c.eq(b.start, p) && !b.startIncluded);
                 },
                 [](Comparer &c, const Bounds &r1, const Bounds &r2) {
                     return beforeRanges(c, r2, r1);
                 }});
    addRelation(r, u"meets"_s, {{}, {}, {}, [](Comparer &c, const Bounds &r1, const Bounds &r2) {
                                    return r1.endIncluded && r2.startIncluded &&
                                           c.eq(r1.end, r2.start);
                                }});
    addRelation(r, u"met by"_s, {{}, {}, {}, [](Comparer &c, const Bounds &r1, const Bounds &r2) {
                                     return r1.startIncluded && r2.endIncluded &&
                                            c.eq(r1.start, r2.end);
                                 }});
    addRelation(r, u"overlaps"_s,
                {{}, {}, {}, [](Comparer &c, const Bounds &r1, const Bounds &r2) {
                     return (c.gt(r1.end, r2.start) ||
                             (c.eq(r1.end, r2.start) && r1.endIncluded && r2.startIncluded)) &&
                            (c.lt(r1.start, r2.end) ||
                             (c.eq(r1.start, r2.end) && r1.startIncluded && r2.endIncluded));
                 }});
    const auto overlapsBefore = [](Comparer &c, const Bounds &r1, const Bounds &r2) {
        return (c.lt(r1.start, r2.start) ||
                (c.eq(r1.start, r2.start) && r1.startIncluded && !r2.startIncluded)) &&
               (c.gt(r1.end, r2.start) ||
                (c.eq(r1.end, r2.start) && r1.endIncluded && r2.startIncluded)) &&
               (c.lt(r1.end, r2.end) ||
                (c.eq(r1.end, r2.end) && (!r1.endIncluded || r2.endIncluded)));
    };
    addRelation(r, u"overlaps before"_s, {{}, {}, {}, overlapsBefore});
    addRelation(r, u"overlaps after"_s,
                {{}, {}, {}, [overlapsBefore](Comparer &c, const Bounds &r1, const Bounds &r2) {
                     return overlapsBefore(c, r2, r1);
                 }});
    addRelation(
        r, u"finishes"_s,
        {{},
         [](Comparer &c, Point p, const Bounds &b) { return b.endIncluded && c.eq(b.end, p); },
         {},
         [](Comparer &c, const Bounds &r1, const Bounds &r2) {
             return r1.endIncluded == r2.endIncluded && c.eq(r1.end, r2.end) &&
                    (c.gt(r1.start, r2.start) ||
                     (c.eq(r1.start, r2.start) && (!r1.startIncluded || r2.startIncluded)));
         }});
    addRelation(
        r, u"finished by"_s,
        {{},
         {},
         [](Comparer &c, const Bounds &b, Point p) { return b.endIncluded && c.eq(b.end, p); },
         [](Comparer &c, const Bounds &r1, const Bounds &r2) {
             return r1.endIncluded == r2.endIncluded && c.eq(r1.end, r2.end) &&
                    (c.lt(r1.start, r2.start) ||
                     (c.eq(r1.start, r2.start) && (r1.startIncluded || !r2.startIncluded)));
         }});
    addRelation(r, u"includes"_s, {{}, {}, includesPoint, includesRange});
    addRelation(r, u"during"_s,
                {{},
                 [](Comparer &c, Point p, const Bounds &b) { return includesPoint(c, b, p); },
                 {},
                 [](Comparer &c, const Bounds &r1, const Bounds &r2) {
                     return includesRange(c, r2, r1);
                 }});
    addRelation(
        r, u"starts"_s,
        {{},
         [](Comparer &c, Point p, const Bounds &b) { return b.startIncluded && c.eq(b.start, p); },
         {},
         [](Comparer &c, const Bounds &r1, const Bounds &r2) {
             return r1.startIncluded == r2.startIncluded && c.eq(r1.start, r2.start) &&
                    (c.lt(r1.end, r2.end) ||
                     (c.eq(r1.end, r2.end) && (!r1.endIncluded || r2.endIncluded)));
         }});
    addRelation(
        r, u"started by"_s,
        {{},
         {},
         [](Comparer &c, const Bounds &b, Point p) { return b.startIncluded && c.eq(b.start, p); },
         [](Comparer &c, const Bounds &r1, const Bounds &r2) {
             return r1.startIncluded == r2.startIncluded && c.eq(r1.start, r2.start) &&
                    (c.lt(r2.end, r1.end) ||
                     (c.eq(r2.end, r1.end) && (!r2.endIncluded || r1.endIncluded)));
         }});
    addRelation(r, u"coincides"_s,
                {[](Comparer &c, Point a, Point b) { return c.eq(a, b); },
                 {},
                 {},
                 [](Comparer &c, const Bounds &r1, const Bounds &r2) {
                     return c.eq(r1.start, r2.start) && r1.startIncluded == r2.startIncluded &&
                            c.eq(r1.end, r2.end) && r1.endIncluded == r2.endIncluded;
                 }});
    add(r, u"range"_s, {{{u"from"_s}, 1, false, rangeFrom}});
}

} // namespace casebench::feel::builtinlib
