#pragma once

#include <QByteArray>

namespace Kestrel::Mime {

// Bytes as every KMime parse in Kestrel receives them: LF line ends, and no two boundary lines of the
// same multipart in a row.
//
// Why the second: KMime's multipart splitter (Parser::MultiPart, still so in 22.12) cuts the part between
// two adjacent boundary lines with QByteArray::mid(start, -1), which returns the whole REST of the body
// instead of an empty part. Each such pair copies the rest of the message into a new part, and nested
// multiparts that repeat their parent's boundary turn a 3 KB message into 100,000 parts and seconds of
// CPU (found by the mime_reader fuzz target; tests/fuzz/findings). Putting an empty line between the two
// boundary lines makes KMime see the empty part the sender meant, and nothing else changes.
QByteArray kmimeInput(const QByteArray &rawMessage);

// The repair alone, on LF text; exposed for its test. Lines count as boundary lines only when they start
// with "--" followed by a boundary value that appears somewhere in the message, so text that merely has
// two dashed lines in a row is left as it is.
QByteArray separateAdjacentBoundaryLines(const QByteArray &lfMessage);

} // namespace Kestrel::Mime
