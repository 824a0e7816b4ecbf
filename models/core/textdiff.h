#pragma once

#include <QList>
#include <QStringList>

namespace Tessera {

// A line-by-line comparison of two texts (longest common subsequence), as people read diffs:
// unchanged lines, and the lines only one side has.
struct DiffLine {
    enum class Kind {
        Same,
        Removed, // only in the old text
        Added, // only in the new text
    };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for Added
    int newLine = 0; // 1-based; 0 for Removed
    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

namespace TextDiff {
QList<DiffLine> compare(const QStringList &oldLines, const QStringList &newLines);
QList<DiffLine> compare(const QString &oldText, const QString &newText);
// Counts of lines added and removed.
int addedCount(const QList<DiffLine> &diff);
int removedCount(const QList<DiffLine> &diff);
} // namespace TextDiff

} // namespace Tessera
