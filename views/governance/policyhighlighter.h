#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <memory>

class QTextBlock;

namespace Tessera {

// A policy file highlighted: YAML as KF6 SyntaxHighlighting highlights it, and the conditions'
// SQL as SQL (its own definition): a condition's value on its line, or the lines of a
// `condition: |` block.
class PolicyHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PolicyHighlighter(QTextDocument *document);
    ~PolicyHighlighter() override;

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // Where a condition's SQL stands in a block: its first and last character (-1, -1 when the
    // block holds none).
    static std::pair<int, int> sqlRange(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    class Sql;
    std::unique_ptr<Sql> m_sql;
};

} // namespace Tessera
