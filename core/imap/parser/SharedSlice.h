#pragma once

#include <QByteArray>

namespace Kestrel::Imap {

// A QByteArray for owner[from, to) that shares owner's storage instead of copying it: one
// reference-count increment, no allocation. The result keeps the whole storage alive and, like
// QByteArray::fromRawData(), is not NUL-terminated; modifying it detaches (copies) as usual.
// This is what makes the parser allocation-light: frames slice the framer's buffer, and strings
// and literals slice their frame.
inline QByteArray sharedSlice(const QByteArray &owner, qsizetype from, qsizetype to)
{
    QByteArray result = owner;
    QByteArray::DataPointer &d = result.data_ptr();
    d.ptr += from;
    d.size = to - from;
    return result;
}

} // namespace Kestrel::Imap
