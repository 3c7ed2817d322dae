#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kestrel::Test {

// One hostile server conversation read from a text file (tests/data/hostile/*/NAME.txt), so that a new
// case is a new file. The format, one directive per line:
//   # ...                 a comment (the first comment lines describe the case)
//   expect: error TEXT    the client must fail with an error whose message contains TEXT
//   expect: ok            the client must finish normally (the hostile part is tolerated)
//   S: BYTES              the server sends BYTES and CRLF (before the first C: line: the greeting)
//   R: COUNT BYTES        the server sends BYTES COUNT times, streamed (for endless lines, deep nesting,
//                         huge literals without holding them in memory), no CRLF
//   C: PREFIX             what follows answers the client's line whose command (after the tag) or
//                         whole text starts with PREFIX, e.g. "C: SELECT" or "C: DONE"
//   X:                    the server closes the connection after this answer
// In BYTES, $TAG is the tag of the client line being answered, \xHH any byte, \r and \n CR and LF,
// \\ a backslash, and a trailing \c leaves out the CRLF; any other backslash is sent as it is (\Seen). Everything else is sent as written, raw 8-bit bytes included.
struct Transcript {
    struct Segment {
        QByteArray bytes;
        qint64 repeat = 1;
    };
    struct Step {
        QByteArray client; // empty: the greeting
        QList<Segment> server;
        bool closeAfter = false;
    };

    QString name;
    QString description;
    bool expectError = true;
    QString expectedText; // part of the error message
    QList<Step> steps;    // steps[0] is the greeting

    qint64 serverBytes(const Step &step) const;
    // Parses `text`; on a format error returns false and says why in `error`.
    static bool parse(const QString &name, const QByteArray &text, Transcript &transcript, QString &error);
};

} // namespace Kestrel::Test
