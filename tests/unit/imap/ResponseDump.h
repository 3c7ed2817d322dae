#pragma once

#include "imap/parser/ParseError.h"
#include "imap/parser/Response.h"

#include <QByteArray>

// Test support: a canonical one-line text form of every parsed value, so that tests can compare
// whole responses (and whole transcripts) at once. NIL prints as "NIL", strings quoted.
namespace Kestrel::Imap::Test {

QByteArray dump(const Response &response);
QByteArray dump(const BodyPart &part);
QByteArray dump(const Envelope &envelope);
QByteArray dump(const ParseError &error);

} // namespace Kestrel::Imap::Test
