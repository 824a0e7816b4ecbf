#include "models/core/textdiff.h"

#include <algorithm>
#include <vector>

namespace Tessera::TextDiff {

QList<DiffLine> compare(const QStringList &oldLines, const QStringList &newLines)
{
    // Lines both ends share are taken as they are; the longest common subsequence table is only
    // built for the middle, which for edits of a product is small.
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines.at(head) == newLines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head
           && oldLines.at(oldLines.size() - 1 - tail) == newLines.at(newLines.size() - 1 - tail))
        ++tail;

    QList<DiffLine> diff;
    for (qsizetype i = 0; i < head; ++i)
        diff.append({DiffLine::Kind::Same, oldLines.at(i), int(i + 1), int(i + 1)});

    const qsizetype n = oldLines.size() - head - tail;
    const qsizetype m = newLines.size() - head - tail;
    // lcs[i][j]: the common subsequence length of old[i..] and new[j..] (within the middle).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = oldLines.at(head + i) == newLines.at(head + j)
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && oldLines.at(head + i) == newLines.at(head + j)) {
            diff.append({DiffLine::Kind::Same, oldLines.at(head + i), int(head + i + 1), int(head + j + 1)});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            // On a tie the old line goes first: within a changed block, removals come before additions.
            diff.append({DiffLine::Kind::Removed, oldLines.at(head + i), int(head + i + 1), 0});
            ++i;
        } else {
            diff.append({DiffLine::Kind::Added, newLines.at(head + j), 0, int(head + j + 1)});
            ++j;
        }
    }
    for (qsizetype k = tail; k > 0; --k) {
        const qsizetype o = oldLines.size() - k;
        const qsizetype w = newLines.size() - k;
        diff.append({DiffLine::Kind::Same, oldLines.at(o), int(o + 1), int(w + 1)});
    }
    return diff;
}

QList<DiffLine> compare(const QString &oldText, const QString &newText)
{
    return compare(oldText.isEmpty() ? QStringList() : oldText.split(QLatin1Char('\n')),
                   newText.isEmpty() ? QStringList() : newText.split(QLatin1Char('\n')));
}

int addedCount(const QList<DiffLine> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &l) {
        return l.kind == DiffLine::Kind::Added;
    }));
}

int removedCount(const QList<DiffLine> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &l) {
        return l.kind == DiffLine::Kind::Removed;
    }));
}

} // namespace Tessera::TextDiff
