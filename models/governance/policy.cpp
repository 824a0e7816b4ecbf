#include "models/governance/policy.h"

#include "models/core/textcheck.h"

#include "models/formats/docnode.h"
#include "models/formats/yamlreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Tessera {

namespace {

struct Named {
    const char *key;
    int value;
};

constexpr Named kinds[] = {{"standard", int(PolicyKind::Standard)},
                           {"access", int(PolicyKind::Access)},
                           {"masking", int(PolicyKind::Masking)},
                           {"quality", int(PolicyKind::Quality)}};
constexpr Named severities[]
    = {{"info", int(Severity::Info)}, {"warning", int(Severity::Warning)}, {"error", int(Severity::Error)}};
constexpr Named statuses[] = {{"draft", int(PolicyStatus::Draft)}, {"published", int(PolicyStatus::Published)}};
constexpr Named masks[] = {{"MASK", int(MaskType::Mask)},
                           {"MASK_SHOW_LAST_4", int(MaskType::ShowLast4)},
                           {"MASK_SHOW_FIRST_4", int(MaskType::ShowFirst4)},
                           {"MASK_HASH", int(MaskType::Hash)},
                           {"MASK_NULL", int(MaskType::Null)},
                           {"MASK_NONE", int(MaskType::None)},
                           {"MASK_DATE_SHOW_YEAR", int(MaskType::DateShowYear)},
                           {"CUSTOM", int(MaskType::Custom)}};
constexpr Named actions[]
    = {{"read", int(AccessAction::Read)}, {"edit", int(AccessAction::Edit)}, {"publish", int(AccessAction::Publish)}};
constexpr Named effects[] = {{"allow", int(Effect::Allow)}, {"deny", int(Effect::Deny)}};
constexpr Named operators[] = {{"mustBe", int(QualityOperator::MustBe)},
                               {"mustNotBe", int(QualityOperator::MustNotBe)},
                               {"mustBeGreaterThan", int(QualityOperator::MustBeGreaterThan)},
                               {"mustBeGreaterOrEqualTo", int(QualityOperator::MustBeGreaterOrEqualTo)},
                               {"mustBeLessThan", int(QualityOperator::MustBeLessThan)},
                               {"mustBeLessOrEqualTo", int(QualityOperator::MustBeLessOrEqualTo)},
                               {"mustBeBetween", int(QualityOperator::MustBeBetween)},
                               {"mustNotBeBetween", int(QualityOperator::MustNotBeBetween)}};
constexpr const char *metrics[] = {"nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount"};

template<std::size_t N>
std::optional<int> lookUp(const Named (&table)[N], const QString &key)
{
    for (const Named &n : table) {
        if (key == QLatin1String(n.key))
            return n.value;
    }
    return std::nullopt;
}

template<std::size_t N>
QString keyOf(const Named (&table)[N], int value)
{
    for (const Named &n : table) {
        if (n.value == value)
            return QLatin1String(n.key);
    }
    return QString();
}

template<std::size_t N>
QStringList keysOf(const Named (&table)[N])
{
    QStringList keys;
    for (const Named &n : table)
        keys << QLatin1String(n.key);
    return keys;
}

// Levenshtein distance, for "did you mean".
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString closest(const QString &word, const QStringList &choices)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &c : choices) {
        const int d = distance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

// Reads one mapping of a policy file: the fields it knows, with messages naming the place of
// anything wrong. Messages are collected; `ok` says whether the mapping was whole.
class Fields
{
public:
    Fields(const DocNode &node, QString file, QString path, QList<Error> &errors, const QStringList &known,
           const QStringList *source = nullptr)
        : m_node(node)
        , m_file(std::move(file))
        , m_path(std::move(path))
        , m_errors(errors)
        , m_source(source)
    {
        if (node.kind != DocNode::Kind::Object) {
            fail(node, Policies::tr("expected a mapping of keys and values, found %1").arg(DocNode::kindName(node.kind)), m_path);
            return;
        }
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            const QString &key = node.keys.at(i);
            if (known.contains(key))
                continue;
            const QString near = closest(key, known);
            Error e(near.isEmpty() ? Policies::tr("unknown key “%1” (known here: %2)").arg(key, known.join(QStringLiteral(", ")))
                                   : Policies::tr("unknown key “%1”: did you mean “%2”?").arg(key, near));
            e.at(m_file, node.keyPositions.at(size_t(i)).first, node.keyPositions.at(size_t(i)).second).inField(field(key));
            m_errors << e;
            m_ok = false;
        }
    }

    bool ok() const { return m_ok; }
    void markFailed() { m_ok = false; } // a part of it (reported on its own) has problems
    const DocNode *get(const QString &key) const { return m_node.kind == DocNode::Kind::Object ? m_node.member(key) : nullptr; }
    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    // Where a value's text begins: inside its quotes, or on the first line of a block (| or >).
    SourcePosition position(const QString &key) const
    {
        const DocNode *n = get(key);
        if (!n)
            return {m_node.line, m_node.column};
        SourcePosition at{n->line, n->column};
        if (m_source && n->line >= 1 && n->line <= m_source->size()) {
            const QString &text = m_source->at(n->line - 1);
            const QChar c = n->column >= 1 && n->column <= text.size() ? text.at(n->column - 1) : QChar();
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                at.column += 1;
            if ((c == QLatin1Char('|') || c == QLatin1Char('>')) && n->line < m_source->size()) {
                const QString next = m_source->at(n->line);
                qsizetype indent = 0;
                while (indent < next.size() && next.at(indent) == QLatin1Char(' '))
                    ++indent;
                at = {n->line + 1, int(indent) + 1};
            }
        }
        return at;
    }

    void fail(const DocNode &at, const QString &message, const QString &fieldPath)
    {
        Error e(message);
        e.at(m_file, at.line, at.column).inField(fieldPath);
        m_errors << e;
        m_ok = false;
    }

    // A text; required ones must be there and not empty.
    QString text(const QString &key, bool required)
    {
        const DocNode *n = get(key);
        if (!n || n->kind == DocNode::Kind::Null) {
            if (required)
                fail(m_node, Policies::tr("“%1” is required").arg(key), field(key));
            return QString();
        }
        if (!n->isScalar()) {
            fail(*n, Policies::tr("expected text, found %1").arg(DocNode::kindName(n->kind)), field(key));
            return QString();
        }
        const QString value = n->string.trimmed();
        if (required && value.isEmpty())
            fail(*n, Policies::tr("“%1” must not be empty").arg(key), field(key));
        return value;
    }

    // One of a table's names; fallback when absent.
    template<std::size_t N>
    std::optional<int> choice(const QString &key, const Named (&table)[N], std::optional<int> fallback)
    {
        const DocNode *n = get(key);
        if (!n || n->kind == DocNode::Kind::Null) {
            if (!fallback)
                fail(m_node, Policies::tr("“%1” is required (one of %2)").arg(key, keysOf(table).join(QStringLiteral(", "))),
                     field(key));
            return fallback;
        }
        return choiceOf(*n, table, field(key));
    }

    template<std::size_t N>
    std::optional<int> choiceOf(const DocNode &n, const Named (&table)[N], const QString &fieldPath)
    {
        if (!n.isScalar()) {
            fail(n, Policies::tr("expected one of %1").arg(keysOf(table).join(QStringLiteral(", "))), fieldPath);
            return std::nullopt;
        }
        if (const auto value = lookUp(table, n.string.trimmed()))
            return value;
        const QString near = closest(n.string.trimmed(), keysOf(table));
        fail(n,
             near.isEmpty() ? Policies::tr("“%1” is not one of %2").arg(n.string, keysOf(table).join(QStringLiteral(", ")))
                            : Policies::tr("“%1” is not one of %2: did you mean “%3”?")
                                  .arg(n.string, keysOf(table).join(QStringLiteral(", ")), near),
             fieldPath);
        return std::nullopt;
    }

    // A list of texts; a single text counts as a list of one.
    QList<const DocNode *> list(const QString &key)
    {
        QList<const DocNode *> items;
        const DocNode *n = get(key);
        if (!n || n->kind == DocNode::Kind::Null)
            return items;
        if (n->isScalar()) {
            items << n;
        } else if (n->kind == DocNode::Kind::Array) {
            for (const DocNode &item : n->items) {
                if (!item.isScalar())
                    fail(item, Policies::tr("expected text, found %1").arg(DocNode::kindName(item.kind)), field(key));
                else
                    items << &item;
            }
        } else {
            fail(*n, Policies::tr("expected a list, found %1").arg(DocNode::kindName(n->kind)), field(key));
        }
        return items;
    }

    QStringList texts(const QString &key)
    {
        QStringList out;
        for (const DocNode *n : list(key)) {
            if (!n->string.trimmed().isEmpty())
                out << n->string.trimmed();
        }
        return out;
    }

    QList<Role> roles(const QString &key, bool required)
    {
        QList<Role> out;
        const QList<const DocNode *> items = list(key);
        if (items.isEmpty() && required)
            fail(m_node, Policies::tr("“%1” is required: name the roles (steward, owner, analyst)").arg(key), field(key));
        for (const DocNode *n : items) {
            if (const auto role = Roles::fromKey(n->string.trimmed()))
                out << *role;
            else
                fail(*n, Policies::tr("“%1” is not a role: use steward, owner or analyst").arg(n->string), field(key));
        }
        return out;
    }

    QList<Classification> classifications(const QString &key)
    {
        QList<Classification> out;
        for (const DocNode *n : list(key)) {
            const auto c = Catalog::classificationFromKey(n->string.trimmed().toLower());
            if (c && *c != Classification::Unspecified)
                out << *c;
            else
                fail(
                    *n,
                    Policies::tr("“%1” is not a classification: use public, internal, confidential or restricted").arg(n->string),
                    field(key));
        }
        return out;
    }

    PolicyScope scope(const QString &domainsKey = QStringLiteral("domains"))
    {
        return {texts(domainsKey), classifications(QStringLiteral("classification")), texts(QStringLiteral("tags"))};
    }

    const DocNode &node() const { return m_node; }
    const QString &path() const { return m_path; }
    const QString &file() const { return m_file; }

private:
    const DocNode &m_node;
    QString m_file;
    QString m_path;
    QList<Error> &m_errors;
    const QStringList *m_source;
    bool m_ok = true;
};

} // namespace

QString Policies::kindKey(PolicyKind kind)
{
    return keyOf(kinds, int(kind));
}

std::optional<PolicyKind> Policies::kindFromKey(const QString &key)
{
    const auto v = lookUp(kinds, key);
    return v ? std::optional(PolicyKind(*v)) : std::nullopt;
}

QString Policies::severityKey(Severity severity)
{
    return keyOf(severities, int(severity));
}

std::optional<Severity> Policies::severityFromKey(const QString &key)
{
    const auto v = lookUp(severities, key);
    return v ? std::optional(Severity(*v)) : std::nullopt;
}

QString Policies::statusKey(PolicyStatus status)
{
    return keyOf(statuses, int(status));
}

QString Policies::maskKey(MaskType mask)
{
    return keyOf(masks, int(mask));
}

std::optional<MaskType> Policies::maskFromKey(const QString &key)
{
    const auto v = lookUp(masks, key);
    return v ? std::optional(MaskType(*v)) : std::nullopt;
}

QStringList Policies::maskKeys()
{
    return keysOf(masks);
}

QString Policies::actionKey(AccessAction action)
{
    return keyOf(actions, int(action));
}

QString Policies::operatorKey(QualityOperator op)
{
    return keyOf(operators, int(op));
}

std::optional<QualityOperator> Policies::operatorFromKey(const QString &key)
{
    const auto v = lookUp(operators, key);
    return v ? std::optional(QualityOperator(*v)) : std::nullopt;
}

QStringList Policies::qualityMetrics()
{
    QStringList list;
    for (const char *m : metrics)
        list << QLatin1String(m);
    return list;
}

std::optional<Policy> Policies::policyFrom(const DocNode &node, const QString &file, const QString &path, QList<Error> &errors,
                                           const QStringList &source)
{
    static const QStringList known{QStringLiteral("id"),          QStringLiteral("kind"),     QStringLiteral("title"),
                                   QStringLiteral("description"), QStringLiteral("severity"), QStringLiteral("status"),
                                   QStringLiteral("version"),     QStringLiteral("scope"),    QStringLiteral("rules"),
                                   QStringLiteral("condition"),   QStringLiteral("message")};
    Fields f(node, file, path, errors, known, &source);
    if (node.kind != DocNode::Kind::Object)
        return std::nullopt;
    Policy p;
    p.file = file;
    p.position = {node.line, node.column};
    p.id = f.text(QStringLiteral("id"), true);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!p.id.isEmpty() && !idPattern.match(p.id).hasMatch())
        f.fail(*f.get(QStringLiteral("id")), tr("an id is letters, digits, “.”, “_” and “-”, starting with a letter or digit"),
               f.field(QStringLiteral("id")));
    const auto kind = f.choice(QStringLiteral("kind"), kinds, std::nullopt);
    p.title = f.text(QStringLiteral("title"), true);
    if (const QString problem = TextCheck::nameProblem(p.title, TextCheck::maxTitleLength, TextCheck::Kind::Title);
        !problem.isEmpty())
        f.fail(*f.get(QStringLiteral("title")), tr("the title %1").arg(problem), f.field(QStringLiteral("title")));
    p.description = f.text(QStringLiteral("description"), false);
    p.severity
        = Severity(f.choice(QStringLiteral("severity"), severities, int(Severity::Warning)).value_or(int(Severity::Warning)));
    p.status
        = PolicyStatus(f.choice(QStringLiteral("status"), statuses, int(PolicyStatus::Draft)).value_or(int(PolicyStatus::Draft)));
    if (const DocNode *v = f.get(QStringLiteral("version")); v && v->kind != DocNode::Kind::Null) {
        if (v->kind != DocNode::Kind::Integer || v->integer < 1 || v->integer > 1'000'000)
            f.fail(*v, tr("a version is a whole number from 1"), f.field(QStringLiteral("version")));
        else
            p.version = int(v->integer);
    }
    if (const DocNode *s = f.get(QStringLiteral("scope")); s && s->kind != DocNode::Kind::Null) {
        Fields scope(*s, file, f.field(QStringLiteral("scope")), errors,
                     {QStringLiteral("domains"), QStringLiteral("classification"), QStringLiteral("tags")});
        if (s->kind == DocNode::Kind::Object)
            p.scope = scope.scope();
        if (!scope.ok())
            f.markFailed();
    }
    if (!kind)
        return std::nullopt;
    p.kind = PolicyKind(*kind);

    // The rules: a list under "rules", or for a standard a single "condition" (with its "message").
    QList<const DocNode *> rules;
    const DocNode *rulesNode = f.get(QStringLiteral("rules"));
    const DocNode *condition = f.get(QStringLiteral("condition"));
    if (condition && p.kind != PolicyKind::Standard)
        f.fail(*condition, tr("only a standard has a condition; a %1 policy has rules").arg(kindKey(p.kind)),
               f.field(QStringLiteral("condition")));
    if (rulesNode && rulesNode->kind == DocNode::Kind::Array) {
        for (const DocNode &r : rulesNode->items)
            rules << &r;
    } else if (rulesNode && rulesNode->kind != DocNode::Kind::Null) {
        f.fail(*rulesNode, tr("“rules” is a list of rules"), f.field(QStringLiteral("rules")));
    }
    if (p.kind == PolicyKind::Standard && condition) {
        if (rulesNode)
            f.fail(*condition, tr("a standard has either one condition or rules, not both"),
                   f.field(QStringLiteral("condition")));
        StandardRule rule;
        rule.id = p.id;
        rule.condition = f.text(QStringLiteral("condition"), true);
        rule.message = f.text(QStringLiteral("message"), false);
        rule.position = f.position(QStringLiteral("condition"));
        p.standards << rule;
    } else if (f.get(QStringLiteral("message"))) {
        f.fail(*f.get(QStringLiteral("message")), tr("“message” goes with a standard's condition"),
               f.field(QStringLiteral("message")));
    }
    if (rules.isEmpty() && p.standards.isEmpty())
        f.fail(node,
               p.kind == PolicyKind::Standard ? tr("a standard policy needs a condition or rules")
                                              : tr("a %1 policy needs rules").arg(kindKey(p.kind)),
               f.field(QStringLiteral("rules")));

    for (int i = 0; i < rules.size(); ++i) {
        const DocNode &r = *rules.at(i);
        const QString rulePath = f.field(QStringLiteral("rules[%1]").arg(i));
        const QString defaultId = QStringLiteral("%1#%2").arg(p.id).arg(i + 1);
        switch (p.kind) {
        case PolicyKind::Standard: {
            Fields rf(r, file, rulePath, errors, {QStringLiteral("id"), QStringLiteral("condition"), QStringLiteral("message")},
                      &source);
            StandardRule rule;
            rule.id = rf.text(QStringLiteral("id"), false);
            rule.condition = rf.text(QStringLiteral("condition"), true);
            rule.message = rf.text(QStringLiteral("message"), false);
            rule.position = rf.position(QStringLiteral("condition"));
            if (rule.id.isEmpty())
                rule.id = defaultId;
            if (!rf.ok())
                f.markFailed();
            p.standards << rule;
            break;
        }
        case PolicyKind::Access: {
            Fields rf(r, file, rulePath, errors,
                      {QStringLiteral("id"), QStringLiteral("roles"), QStringLiteral("actions"), QStringLiteral("effect"),
                       QStringLiteral("domains"), QStringLiteral("classification"), QStringLiteral("tags")});
            AccessRule rule;
            rule.id = rf.text(QStringLiteral("id"), false);
            if (rule.id.isEmpty())
                rule.id = defaultId;
            rule.roles = rf.roles(QStringLiteral("roles"), true);
            const QList<const DocNode *> acts = rf.list(QStringLiteral("actions"));
            if (acts.isEmpty())
                rf.fail(r, tr("“actions” is required (read, edit, publish)"), rf.field(QStringLiteral("actions")));
            for (const DocNode *a : acts) {
                if (const auto v = rf.choiceOf(*a, actions, rf.field(QStringLiteral("actions"))))
                    rule.actions << AccessAction(*v);
            }
            rule.effect = Effect(rf.choice(QStringLiteral("effect"), effects, int(Effect::Allow)).value_or(int(Effect::Allow)));
            rule.scope = rf.scope();
            rule.position = {r.line, r.column};
            if (!rf.ok())
                f.markFailed();
            p.access << rule;
            break;
        }
        case PolicyKind::Masking: {
            Fields rf(r, file, rulePath, errors,
                      {QStringLiteral("id"), QStringLiteral("roles"), QStringLiteral("classification"), QStringLiteral("tags"),
                       QStringLiteral("columns"), QStringLiteral("mask"), QStringLiteral("expression")});
            MaskingRule rule;
            rule.id = rf.text(QStringLiteral("id"), false);
            if (rule.id.isEmpty())
                rule.id = defaultId;
            rule.roles = rf.roles(QStringLiteral("roles"), true);
            rule.classifications = rf.classifications(QStringLiteral("classification"));
            rule.tags = rf.texts(QStringLiteral("tags"));
            rule.columns = rf.texts(QStringLiteral("columns"));
            if (rule.classifications.isEmpty() && rule.tags.isEmpty() && rule.columns.isEmpty())
                rf.fail(r, tr("a masking rule picks columns by classification, tags or columns"), rulePath);
            if (const auto m = rf.choice(QStringLiteral("mask"), masks, std::nullopt))
                rule.mask = MaskType(*m);
            rule.expression = rf.text(QStringLiteral("expression"), rule.mask == MaskType::Custom);
            if (rule.mask == MaskType::Custom && !rule.expression.isEmpty() && !rule.expression.contains(QLatin1String("{col}")))
                rf.fail(*rf.get(QStringLiteral("expression")), tr("a CUSTOM mask's expression uses {col} for the column's value"),
                        rf.field(QStringLiteral("expression")));
            if (rule.mask != MaskType::Custom && rf.get(QStringLiteral("expression")))
                rf.fail(*rf.get(QStringLiteral("expression")), tr("only a CUSTOM mask has an expression"),
                        rf.field(QStringLiteral("expression")));
            rule.position = rf.position(QStringLiteral("mask"));
            if (!rf.ok())
                f.markFailed();
            p.masking << rule;
            break;
        }
        case PolicyKind::Quality: {
            QStringList known{QStringLiteral("id"), QStringLiteral("metric"), QStringLiteral("column"), QStringLiteral("sql")};
            known << keysOf(operators);
            Fields rf(r, file, rulePath, errors, known);
            PolicyQualityRule rule;
            rule.id = rf.text(QStringLiteral("id"), false);
            if (rule.id.isEmpty())
                rule.id = defaultId;
            rule.metric = rf.text(QStringLiteral("metric"), false);
            rule.column = rf.text(QStringLiteral("column"), false);
            rule.query = rf.text(QStringLiteral("sql"), false);
            if (rule.metric.isEmpty() == rule.query.isEmpty())
                rf.fail(r, tr("a quality rule has either a metric (%1) or sql").arg(qualityMetrics().join(QStringLiteral(", "))),
                        rulePath);
            if (!rule.metric.isEmpty() && !qualityMetrics().contains(rule.metric)) {
                const QString near = closest(rule.metric, qualityMetrics());
                rf.fail(*rf.get(QStringLiteral("metric")),
                        near.isEmpty()
                            ? tr("“%1” is not a metric: use %2").arg(rule.metric, qualityMetrics().join(QStringLiteral(", ")))
                            : tr("“%1” is not a metric: did you mean “%2”?").arg(rule.metric, near),
                        rf.field(QStringLiteral("metric")));
            }
            int found = 0;
            for (const Named &o : operators) {
                const DocNode *v = rf.get(QLatin1String(o.key));
                if (!v)
                    continue;
                ++found;
                rule.op = QualityOperator(o.value);
                rule.position = {v->line, v->column};
                const bool range = rule.op == QualityOperator::MustBeBetween || rule.op == QualityOperator::MustNotBeBetween;
                if (range) {
                    if (v->kind != DocNode::Kind::Array || v->items.size() != 2 || !v->items[0].isNumber()
                        || !v->items[1].isNumber() || v->items[0].toDouble() > v->items[1].toDouble())
                        rf.fail(*v, tr("“%1” takes two numbers, the lower first: [10, 20]").arg(QLatin1String(o.key)),
                                rf.field(QLatin1String(o.key)));
                    else {
                        rule.value = v->items[0].toDouble();
                        rule.upper = v->items[1].toDouble();
                    }
                } else if (!v->isNumber()) {
                    rf.fail(*v, tr("“%1” takes a number").arg(QLatin1String(o.key)), rf.field(QLatin1String(o.key)));
                } else {
                    rule.value = v->toDouble();
                }
            }
            if (found != 1)
                rf.fail(r, tr("a quality rule has exactly one operator (%1)").arg(keysOf(operators).join(QStringLiteral(", "))),
                        rulePath);
            if (!rf.ok())
                f.markFailed();
            p.quality << rule;
            break;
        }
        }
    }
    // Rule ids name rules in explanations: each once in a policy.
    QStringList ids;
    for (const StandardRule &r : std::as_const(p.standards))
        ids << r.id;
    for (const AccessRule &r : std::as_const(p.access))
        ids << r.id;
    for (const MaskingRule &r : std::as_const(p.masking))
        ids << r.id;
    for (const PolicyQualityRule &r : std::as_const(p.quality))
        ids << r.id;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.indexOf(ids.at(i)) != i && rules.size() > i)
            f.fail(*rules.at(i), tr("the rule id “%1” is used twice in this policy").arg(ids.at(i)),
                   f.field(QStringLiteral("rules[%1].id").arg(i)));
    }
    if (!f.ok())
        return std::nullopt;
    return p;
}

PolicyDocument Policies::parse(const QByteArray &yaml, const QString &file)
{
    PolicyDocument doc;
    ReadLimits limits;
    limits.maxBytes = maxFileBytes;
    const Result<DocNode> root = YamlReader::parse(yaml, file, limits);
    if (!root) {
        doc.errors << root.error();
        return doc;
    }
    const DocNode &node = root.value();
    // A list of policies under "policies", or one policy.
    QList<std::pair<const DocNode *, QString>> items;
    if (node.kind == DocNode::Kind::Object && node.member(QStringLiteral("policies"))) {
        if (node.keys.size() != 1) {
            Fields top(node, file, QString(), doc.errors, {QStringLiteral("policies")});
            Q_UNUSED(top);
        }
        const DocNode &list = *node.member(QStringLiteral("policies"));
        if (list.kind != DocNode::Kind::Array) {
            Error e(tr("“policies” is a list of policies"));
            e.at(file, list.line, list.column).inField(QStringLiteral("policies"));
            doc.errors << e;
            return doc;
        }
        for (size_t i = 0; i < list.items.size(); ++i)
            items.append({&list.items[i], QStringLiteral("policies[%1]").arg(i)});
    } else if (node.kind == DocNode::Kind::Object) {
        items.append({&node, QString()});
    } else if (node.kind == DocNode::Kind::Null) {
        Error e(tr("the file holds no policy"));
        e.at(file, 1, 1);
        doc.errors << e;
        return doc;
    } else {
        Error e(tr("a policy file is a policy (a mapping with id, kind, title, ...) or “policies:” with a list of them"));
        e.at(file, node.line, node.column);
        doc.errors << e;
        return doc;
    }
    const QStringList source = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    QHash<QString, SourcePosition> seen;
    for (const auto &[item, path] : std::as_const(items)) {
        std::optional<Policy> p = policyFrom(*item, file, path, doc.errors, source);
        if (!p)
            continue;
        if (seen.contains(p->id)) {
            Error e(
                tr("the policy id “%1” is used twice in this file (first at line %2)").arg(p->id).arg(seen.value(p->id).line));
            e.at(file, item->line, item->column).inField(path.isEmpty() ? QStringLiteral("id") : path + QStringLiteral(".id"));
            doc.errors << e;
            continue;
        }
        seen.insert(p->id, p->position);
        doc.policies << *p;
    }
    return doc;
}

PolicyDocument Policies::readFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > maxFileBytes) {
        PolicyDocument doc;
        doc.errors << Error(tr("the file is larger than %1 MB, more than a policy file holds").arg(maxFileBytes / (1024 * 1024)))
                          .at(QDir::toNativeSeparators(path));
        return doc;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        PolicyDocument doc;
        doc.errors << Error(tr("cannot read the file: %1").arg(file.errorString())).at(QDir::toNativeSeparators(path));
        return doc;
    }
    return parse(file.readAll(), QDir::toNativeSeparators(path));
}

PolicyDocument Policies::readAll(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, {QStringLiteral("*.policy.yaml"), QStringLiteral("*.policy.yml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
    }
    files.sort();
    files.removeDuplicates();
    PolicyDocument all;
    QHash<QString, QString> fileOf; // policy id -> file
    for (const QString &file : std::as_const(files)) {
        PolicyDocument doc = readFile(file);
        all.errors << doc.errors;
        for (const Policy &p : std::as_const(doc.policies)) {
            if (fileOf.contains(p.id)) {
                all.errors << Error(tr("the policy id “%1” is also used in %2").arg(p.id, fileOf.value(p.id)))
                                  .at(p.file, p.position.line, p.position.column)
                                  .inField(QStringLiteral("id"));
                continue;
            }
            fileOf.insert(p.id, p.file);
            all.policies << p;
        }
    }
    return all;
}

} // namespace Tessera
