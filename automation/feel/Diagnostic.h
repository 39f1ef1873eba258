#pragma once

#include <QString>

namespace casebench::feel {

// One problem found while parsing or evaluating FEEL, located in the expression's text so
// that a rule author can find it. line/column are 1-based; 0/-1 mean "position unknown".
struct Diagnostic {
    QString message;
    int line = 0;
    int column = 0;
    int offset = -1;

    QString toString() const;
};

} // namespace casebench::feel
