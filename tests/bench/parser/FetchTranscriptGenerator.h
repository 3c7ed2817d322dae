#pragma once

#include <QByteArray>

#include <cstdint>

// Generates what a Dovecot-like server answers to
//   UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)
// on a mailbox of `messages` varied messages: plain text, multipart/alternative, mixed with
// attachments, related HTML with inline images and forwarded message/rfc822 parts; encoded and
// escaped subjects, a few literals, keywords. Deterministic for a given seed.
class FetchTranscriptGenerator
{
public:
    explicit FetchTranscriptGenerator(std::uint64_t seed = 42);

    // The untagged FETCH responses followed by the tagged OK.
    QByteArray generate(int messages);

private:
    std::uint64_t next();
    int pick(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

    QByteArray flags();
    QByteArray internalDate();
    QByteArray envelope(int index);
    QByteArray subject(int index);
    QByteArray address();
    QByteArray addressList(int maxCount);
    QByteArray bodyStructure(int index);
    QByteArray textPart(const char *subtype);
    QByteArray attachment();
    QByteArray imagePart(int n);
    QByteArray forwardedMessage(int index);

    std::uint64_t m_state;
};
