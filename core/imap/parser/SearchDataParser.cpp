#include "imap/parser/SearchDataParser.h"

#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

// "SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]
SearchResponse SearchDataParser::search(Lexer &lex)
{
    SearchResponse r;
    while (lex.tryConsume(' ')) {
        if (lex.atLineEnd())
            break; // trailing space, seen from some servers on an empty result
        if (lex.tryConsume('(')) {
            if (!lex.tryConsumeKeyword("MODSEQ"))
                lex.fail(ParseErrorCode::UnexpectedCharacter, "expected MODSEQ in SEARCH");
            lex.expectSpace();
            r.modSeq = lex.number64("invalid MODSEQ in SEARCH");
            lex.expect(')', "expected ')' after the SEARCH MODSEQ");
            break;
        }
        r.numbers.append(lex.nzNumber32("invalid number in SEARCH"));
    }
    return r;
}

// "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)
// search-correlator = SP "(" "TAG" SP tag-string ")"
ESearchResponse SearchDataParser::esearch(Lexer &lex)
{
    ESearchResponse r;
    if (lex.peek() == ' ' && lex.peekAt(1) == '(') {
        lex.skip(2);
        if (!lex.tryConsumeKeyword("TAG"))
            lex.fail(ParseErrorCode::UnexpectedCharacter, "expected TAG in the ESEARCH correlator");
        lex.expectSpace();
        r.tag = lex.string();
        lex.expect(')', "expected ')' after the ESEARCH correlator");
    }
    while (lex.tryConsume(' ')) {
        if (lex.atLineEnd())
            break;
        const QByteArrayView name = lex.atomView();
        if (keywordEquals(name, "UID")) {
            r.uid = true;
            continue;
        }
        lex.expectSpace();
        esearchReturnData(lex, name, r);
    }
    return r;
}

// search-return-data = "MIN" SP nz-number / "MAX" SP nz-number / "ALL" SP sequence-set /
//                      "COUNT" SP number / "MODSEQ" SP mod-sequence-value / tagged-ext
void SearchDataParser::esearchReturnData(Lexer &lex, QByteArrayView name, ESearchResponse &r)
{
    if (keywordEquals(name, "MIN"))
        r.min = lex.nzNumber32("invalid ESEARCH MIN");
    else if (keywordEquals(name, "MAX"))
        r.max = lex.nzNumber32("invalid ESEARCH MAX");
    else if (keywordEquals(name, "COUNT"))
        r.count = lex.number32("invalid ESEARCH COUNT");
    else if (keywordEquals(name, "ALL"))
        r.all = lex.sequenceSet("invalid ESEARCH ALL");
    else if (keywordEquals(name, "MODSEQ"))
        r.modSeq = lex.number64("invalid ESEARCH MODSEQ");
    else
        lex.skipValue(); // e.g. PARTIAL (RFC 5267) or a future extension
}

// "VANISHED" [SP "(EARLIER)"] SP known-uids
VanishedResponse SearchDataParser::vanished(Lexer &lex)
{
    VanishedResponse r;
    lex.expectSpace();
    if (lex.tryConsume('(')) {
        if (!lex.tryConsumeKeyword("EARLIER"))
            lex.fail(ParseErrorCode::UnexpectedCharacter, "expected EARLIER in VANISHED");
        lex.expect(')', "expected ')' after EARLIER");
        lex.expectSpace();
        r.earlier = true;
    }
    r.uids = lex.sequenceSet("invalid uid set in VANISHED");
    return r;
}

} // namespace Kestrel::Imap
