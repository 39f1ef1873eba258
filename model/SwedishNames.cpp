#include "model/SwedishNames.h"

namespace casebench {

namespace {

QStringList fromUtf16(std::initializer_list<const char16_t *> names)
{
    QStringList list;
    list.reserve(qsizetype(names.size()));
    for (const char16_t *n : names)
        list.append(QString::fromUtf16(n));
    return list;
}

} // namespace

// The lists mix the most frequent names of several generations (SCB's name statistics) with
// names common among newer Swedes, as a municipal inbox does. Order matters: demo data picks
// by index, so appending changes every generated case after that point for a given seed.

const QStringList &swedishFemaleFirstNames()
{
    static const QStringList names = fromUtf16({
        u"Anna",     u"Eva",     u"Maria",   u"Karin",    u"Kristina", u"Lena",    u"Sara",
        u"Emma",     u"Kerstin", u"Ingrid",  u"Marie",    u"Malin",    u"Linnéa",  u"Elin",
        u"Ida",      u"Johanna", u"Sofia",   u"Åsa",      u"Annika",   u"Ebba",    u"Maja",
        u"Alice",    u"Astrid",  u"Wilma",   u"Elsa",     u"Saga",     u"Agnes",   u"Märta",
        u"Hanna",    u"Julia",   u"Ella",    u"Olivia",   u"Alva",     u"Stina",   u"Birgitta",
        u"Margareta", u"Inger",  u"Ulla",    u"Gunilla",  u"Signe",    u"Tuva",    u"Nora",
        u"Vera",     u"Selma",   u"Klara",   u"Frida",    u"Matilda",  u"Lovisa",  u"Ronja",
        u"Fatima",   u"Amina",   u"Leila",   u"Yasmin",   u"Zeynep",   u"Nour",    u"Aisha",
        u"Mirjam",   u"Ylva",    u"Ingegärd", u"Solveig", u"Greta",    u"Tindra",  u"Mona",
    });
    return names;
}

const QStringList &swedishMaleFirstNames()
{
    static const QStringList names = fromUtf16({
        u"Lars",     u"Karl",    u"Anders",  u"Johan",    u"Per",      u"Erik",    u"Nils",
        u"Mikael",   u"Jan",     u"Hans",    u"Peter",    u"Olof",     u"Lennart", u"Fredrik",
        u"Daniel",   u"Mattias", u"Henrik",  u"Andreas",  u"Magnus",   u"Stefan",  u"Jonas",
        u"Oskar",    u"Lucas",   u"William", u"Liam",     u"Hugo",     u"Elias",   u"Noah",
        u"Adam",     u"Alexander", u"Axel",  u"Vincent",  u"Björn",    u"Göran",   u"Håkan",
        u"Örjan",    u"Åke",     u"Sören",   u"Måns",     u"Ture",     u"Sixten",  u"Malte",
        u"Love",     u"Viggo",   u"Ebbe",    u"Östen",    u"Gösta",    u"Jörgen",  u"Tomas",
        u"Ali",      u"Mohammed", u"Ahmed",  u"Hassan",   u"Omar",     u"Yusuf",   u"Ibrahim",
        u"Emil",     u"Filip",   u"Gustav",  u"Leo",      u"Arvid",    u"Tage",    u"Sten",
    });
    return names;
}

const QStringList &swedishSurnames()
{
    static const QStringList names = fromUtf16({
        u"Andersson",  u"Johansson",  u"Karlsson",   u"Nilsson",    u"Eriksson",   u"Larsson",
        u"Olsson",     u"Persson",    u"Svensson",   u"Gustafsson", u"Pettersson", u"Jonsson",
        u"Jansson",    u"Hansson",    u"Bengtsson",  u"Jönsson",    u"Lindberg",   u"Jakobsson",
        u"Magnusson",  u"Olofsson",   u"Lindström",  u"Lindqvist",  u"Lindgren",   u"Berg",
        u"Axelsson",   u"Bergström",  u"Lundberg",   u"Lind",       u"Lundgren",   u"Lundqvist",
        u"Mattsson",   u"Berglund",   u"Fredriksson", u"Sandberg",  u"Henriksson", u"Forsberg",
        u"Sjöberg",    u"Wallin",     u"Engström",   u"Eklund",     u"Danielsson", u"Lundin",
        u"Håkansson",  u"Björk",      u"Bergman",    u"Gunnarsson", u"Holm",       u"Wikström",
        u"Samuelsson", u"Isaksson",   u"Fransson",   u"Bergqvist",  u"Nyström",    u"Holmberg",
        u"Arvidsson",  u"Löfgren",    u"Söderberg",  u"Nyberg",     u"Blomqvist",  u"Claesson",
        u"Nordström",  u"Mårtensson", u"Lundström",  u"Åberg",      u"Öberg",      u"Ström",
        u"Hägglund",   u"Åström",     u"Söderström", u"Strömberg",  u"Björklund",  u"Sjögren",
        u"Ekström",    u"Hedström",   u"Östlund",    u"Nordgren",   u"Ståhl",      u"Källström",
        u"Ali",        u"Mohammed",   u"Hassan",     u"Ahmed",      u"Yilmaz",     u"Nguyen",
    });
    return names;
}

} // namespace casebench
