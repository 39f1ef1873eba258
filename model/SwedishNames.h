#pragma once
// SwedishNames: common first names and surnames in Sweden (Å/Ä/Ö included), for synthetic
// demo data that looks like a real inbox without being anyone's.

#include <QStringList>

namespace casebench {

const QStringList &swedishFemaleFirstNames();
const QStringList &swedishMaleFirstNames();
const QStringList &swedishSurnames();

} // namespace casebench
