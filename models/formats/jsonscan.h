#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tessera {

// What QJsonDocument does not tell about a JSON text it accepted, and Tessera refuses: a key
// repeated within one object (QJsonDocument silently keeps the last, so data would be lost
// unseen), an escape of U+0000 (no catalog keeps it: PostgreSQL text cannot hold it), and an
// escape of half a UTF-16 pair without its other half (QJsonDocument turns it into U+FFFD).
// Also where a top-level array's elements begin. text must be valid JSON.
struct JsonScan {
    Q_DECLARE_TR_FUNCTIONS(Tessera::JsonScan)

public:
    struct Problem {
        qsizetype at; // offset of the repeated key's opening quote, or of the escape's backslash
        QString message;
    };
    QList<Problem> problems; // in text order (the first thousand)
    QList<qsizetype> elements; // offsets of the top-level array's elements
};

JsonScan scanJson(QByteArrayView text);

} // namespace Tessera
