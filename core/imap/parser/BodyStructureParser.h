#pragma once

#include "imap/parser/BodyPart.h"

namespace Kestrel::Imap {

class Lexer;

// body (RFC 3501 9), for both BODYSTRUCTURE and the non-extensible BODY:
//   body = "(" (body-type-1part / body-type-mpart) ")"
// Recursion is bounded by maxDepth (multipart and message/rfc822 nesting both count); deeper
// input is refused with NestingTooDeep instead of risking the stack.
class BodyStructureParser
{
public:
    // Fills `root`, which should be freshly constructed.
    static void parse(Lexer &lex, int maxDepth, BodyPart &root);

private:
    explicit BodyStructureParser(Lexer &lex, int maxDepth);
    void body(int depth, BodyPart &part);
    void multipart(BodyPart &part, int depth);
    void singlePart(BodyPart &part, int depth);
    void basicFields(BodyPart &part);
    void messageFields(BodyPart &part, int depth);
    void extensions(BodyPart &part);
    std::vector<BodyParameter> params();
    ContentDisposition disposition();
    QList<QByteArray> language();

    Lexer &m_lex;
    int m_maxDepth;
};

} // namespace Kestrel::Imap
