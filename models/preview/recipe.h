#pragma once

// Recipes: a transformation as ordered steps (remove duplicates, fill missing values, cast,
// trim, split, derive, filter, aggregate, join, ...), each a small form rather than SQL. A recipe
// compiles to one SELECT with a common table expression per step, which the user sees and the
// preview sandbox runs like any other query (under the same authorizer and limits).
//
// A recipe file (*.recipe.yaml):
//
//     name: Orders by country
//     input: orders
//     steps:
//       - dedupe: {columns: [order_id]}
//       - fill: {column: channel, value: unknown}
//       - aggregate:
//           groupBy: [shipping_country]
//           measures: {orders: "count(*)", revenue: "round(sum(total_amount), 2)"}
//
// Each step is a mapping with one key, the step's kind; its value holds the step's fields (or,
// for short, the first field's value alone: `- filter: "total_amount > 100"`).

#include "models/core/error.h"
#include "models/core/result.h"
#include "models/preview/previewsandbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Tessera {

enum class RecipeField {
    Column, // one of the step's input columns
    Columns, // some of them
    Name, // a new column's name
    Names, // new columns' names
    Text, // a value
    Expression, // SQL, evaluated per row (or per group for aggregates)
    Choice, // one of the field's choices
    Mapping, // pairs: old → new name, name → expression, left → right column
    Table, // another loaded table
    TableColumns, // columns of that table
};

struct RecipeFieldInfo {
    QString key;
    RecipeField type = RecipeField::Text;
    bool required = true;
    QString label; // translated
    QStringList choices; // Choice's; the first is the default of an optional one
};

struct RecipeStepKind {
    QString key; // as files write it: "dedupe"
    QString title; // translated: "Remove duplicates"
    QList<RecipeFieldInfo> fields; // the first is the one a short form sets
};

struct RecipeStep {
    QString kind;
    QHash<QString, QString> texts; // Column, Name, Text, Expression, Choice, Table
    QHash<QString, QStringList> lists; // Columns, Names, TableColumns
    QHash<QString, QList<std::pair<QString, QString>>> mappings; // Mapping
    int line = 0; // where it is in its file
    int column = 0;

    QString text(const QString &key) const { return texts.value(key); }
    QStringList list(const QString &key) const { return lists.value(key); }
    friend bool operator==(const RecipeStep &a, const RecipeStep &b)
    {
        return a.kind == b.kind && a.texts == b.texts && a.lists == b.lists && a.mappings == b.mappings;
    }
};

struct Recipe {
    QString name;
    QString description;
    QString input; // the table the first step reads
    QList<RecipeStep> steps;
    QString file; // where it was read from, for messages; may be empty
    friend bool operator==(const Recipe &a, const Recipe &b)
    {
        return a.name == b.name && a.description == b.description && a.input == b.input && a.steps == b.steps;
    }
};

struct RecipeRead {
    Recipe recipe;
    QList<Error> errors; // each with its file, line, column and field
};

struct CompiledRecipe {
    QString sql; // one SELECT: a common table expression per step
    QList<QStringList> columns; // the columns after each step; the last are the result's
};

class Recipes
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Recipes)

public:
    static const QList<RecipeStepKind> &kinds();
    static const RecipeStepKind *kind(const QString &key);
    // A new step of a kind, its choices at their defaults.
    static RecipeStep step(const QString &kind);

    static RecipeRead parse(const QByteArray &yaml, const QString &fileName);
    static RecipeRead readFile(const QString &path);
    static QByteArray toYaml(const Recipe &recipe);

    // The recipe as one query over the tables (each with its columns as SQL names them). Checks
    // every step: its required fields, the columns it names (they must be there at that step),
    // the table it joins; the first problem is the error, naming the step and its field.
    static Result<CompiledRecipe> compile(const Recipe &recipe, const QHash<QString, QStringList> &tables);

    // The tables of loaded samples as compile() takes them: each with its columns' SQL names.
    static QHash<QString, QStringList> tablesOf(const QList<LoadedTable> &loaded);
    // A Mapping field as text, a pair a line ("name: value"), and back; a Columns field from
    // "a, b".
    static QString mappingText(const QList<std::pair<QString, QString>> &pairs);
    static QList<std::pair<QString, QString>> mappingFrom(const QString &text);
    static QStringList listFrom(const QString &text);

    // One line for a list of steps: "Remove duplicates: order_id".
    static QString summary(const RecipeStep &step);
};

} // namespace Tessera
