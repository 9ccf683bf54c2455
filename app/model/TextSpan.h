#pragma once

#include <QtGlobal>

namespace claimline {

// A half-open range [start, end) of UTF-16 code units in a document's decoded text.
// Code points only appear at the model's edge (JSON export), see CodePointIndex.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return start <= pos && pos < end; }
    bool contains(const TextSpan &o) const { return start <= o.start && o.end <= end; }
    bool overlaps(const TextSpan &o) const { return start < o.end && o.start < end; }

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace claimline
