// ResponseFramer: splitting the server byte stream into responses (RFC 3501 2.2, 4.3, 7.5).
#include "imap/parser/ResponseFramer.h"

#include <QtTest>

#include <cstring>

using namespace Kestrel::Imap;

namespace {

struct Collected {
    QList<Frame> frames;
    ResponseFramer::Status last = ResponseFramer::Status::NeedMore;
};

Collected drain(ResponseFramer &framer)
{
    Collected c;
    Frame frame;
    while ((c.last = framer.next(&frame)) == ResponseFramer::Status::Frame)
        c.frames.append(frame);
    return c;
}

ResponseFramer::Limits smallLimits()
{
    ResponseFramer::Limits limits;
    limits.maxLineLength = 100;
    limits.maxLiteralSize = 1000;
    limits.maxResponseSize = 5000;
    return limits;
}

} // namespace

class TestImapFramer : public QObject
{
    Q_OBJECT

private slots:
    void framesLinesWithOffsetsAndLineNumbers();
    void literalsBelongToTheirResponse_data();
    void literalsBelongToTheirResponse();
    void reportsNeedMoreUntilComplete();
    void literalSpanningFeeds();
    void braceTextIsNotALiteral();
    void toleratesBareLineFeed();
    void endlessLineIsRefused();
    void overlongLineWithTerminatorIsRefused();
    void literalAboveCapIsRefusedWithoutBuffering();
    void literalSizeOverflowIsRefused();
    void responseAboveCapIsRefused();
    void errorIsStickyUntilReset();
    void finishReportsTruncation();
    void finishInsideLiteral();
    void byteByByteFeedingOfLargeLiteral();
    void framesStayValidAfterLaterFeeds();
    void smallFrameDoesNotPinLargeBuffer();
    void feedFromFramesLikeFeed();
    void feedFromKeepsOnlyWhatWasWritten();
    void unconsumedBytesFollowTheLastFrame();
};

void TestImapFramer::framesLinesWithOffsetsAndLineNumbers()
{
    ResponseFramer framer;
    framer.feed("* OK Dovecot ready.\r\n* 3 EXISTS\r\nA1 OK done\r\n");
    const Collected c = drain(framer);
    QCOMPARE(c.last, ResponseFramer::Status::NeedMore);
    QCOMPARE(c.frames.size(), 3);
    QCOMPARE(c.frames[0].bytes, QByteArray("* OK Dovecot ready.\r\n"));
    QCOMPARE(c.frames[1].bytes, QByteArray("* 3 EXISTS\r\n"));
    QCOMPARE(c.frames[1].offset, 21);
    QCOMPARE(c.frames[1].line, 2);
    QCOMPARE(c.frames[2].offset, 33);
    QCOMPARE(c.frames[2].line, 3);
    QCOMPARE(framer.bufferedBytes(), 0);
}

void TestImapFramer::literalsBelongToTheirResponse_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArray>("firstFrame");

    QTest::newRow("synchronizing")
        << QByteArray("* 1 FETCH (BODY[] {7}\r\nab\r\ncd)\r\nA1 OK\r\n")
        << QByteArray("* 1 FETCH (BODY[] {7}\r\nab\r\ncd)\r\n");
    QTest::newRow("non-synchronizing")
        << QByteArray("* 1 FETCH (BODY[] {5+}\r\n{1}\r\n)\r\nA1 OK\r\n")
        << QByteArray("* 1 FETCH (BODY[] {5+}\r\n{1}\r\n)\r\n");
    const QByteArray binary = QByteArray("* 1 FETCH (BINARY[1] ~{4}\r\n") + QByteArray("\0\1\n\3", 4) + ")\r\n";
    QTest::newRow("literal8") << QByteArray(binary + "A1 OK\r\n") << binary;
    QTest::newRow("two literals")
        << QByteArray("* LIST () \"/\" {1}\r\na\r\n* 1 FETCH (BODY[1] {2}\r\nxy BODY[2] {1}\r\nz)\r\nA1 OK\r\n")
        << QByteArray("* LIST () \"/\" {1}\r\na\r\n");
    QTest::newRow("empty literal")
        << QByteArray("* 1 FETCH (BODY[] {0}\r\n)\r\nA1 OK\r\n")
        << QByteArray("* 1 FETCH (BODY[] {0}\r\n)\r\n");
}

void TestImapFramer::literalsBelongToTheirResponse()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArray, firstFrame);
    ResponseFramer framer;
    framer.feed(stream);
    const Collected c = drain(framer);
    QVERIFY(c.frames.size() >= 2);
    QCOMPARE(c.frames.first().bytes, firstFrame);
    QCOMPARE(c.frames.last().bytes, QByteArray("A1 OK\r\n"));
    // The last frame's line number counts every LF before it, literal contents included.
    QCOMPARE(c.frames.last().line, 1 + stream.left(stream.size() - 7).count('\n'));
    QCOMPARE(c.frames.last().offset, stream.size() - 7);
}

void TestImapFramer::reportsNeedMoreUntilComplete()
{
    ResponseFramer framer;
    Frame frame;
    framer.feed("* 2 EXI");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
    framer.feed("STS\r");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
    framer.feed("\n");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Frame);
    QCOMPARE(frame.bytes, QByteArray("* 2 EXISTS\r\n"));
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
}

void TestImapFramer::literalSpanningFeeds()
{
    ResponseFramer framer;
    Frame frame;
    framer.feed("* 1 FETCH (BODY[] {10}\r\n0123");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
    framer.feed("45\r\n\r\n"); // CRLFs inside the literal must not end the response
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
    framer.feed("89)\r\n");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Frame);
    QCOMPARE(frame.bytes, QByteArray("* 1 FETCH (BODY[] {10}\r\n012345\r\n\r\n89)\r\n"));
}

void TestImapFramer::braceTextIsNotALiteral()
{
    ResponseFramer framer;
    framer.feed("* OK {abc}\r\n* OK {}\r\n* OK x}\r\n");
    const Collected c = drain(framer);
    QCOMPARE(c.frames.size(), 3);
    QCOMPARE(c.frames[0].bytes, QByteArray("* OK {abc}\r\n"));
}

void TestImapFramer::toleratesBareLineFeed()
{
    ResponseFramer framer;
    framer.feed("* 1 EXISTS\n* 1 FETCH (BODY[] {2}\nab)\n");
    const Collected c = drain(framer);
    QCOMPARE(c.frames.size(), 2);
    QCOMPARE(c.frames[1].bytes, QByteArray("* 1 FETCH (BODY[] {2}\nab)\n"));
}

void TestImapFramer::endlessLineIsRefused()
{
    ResponseFramer framer(smallLimits());
    framer.feed("* OK first\r\n");       // 12 bytes, line 1
    framer.feed(QByteArray(150, 'x'));   // line 2 never ends
    const Collected c = drain(framer);
    QCOMPARE(c.frames.size(), 1);
    QCOMPARE(c.last, ResponseFramer::Status::Error);
    QCOMPARE(framer.error().code, ParseErrorCode::LineTooLong);
    QCOMPARE(framer.error().line, 2);
    QCOMPARE(framer.error().offset, 12 + 100);
    QVERIFY(framer.error().fatal);
}

void TestImapFramer::overlongLineWithTerminatorIsRefused()
{
    ResponseFramer framer(smallLimits());
    framer.feed(QByteArray("* OK " + QByteArray(120, 'y') + "\r\n"));
    Frame frame;
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Error);
    QCOMPARE(framer.error().code, ParseErrorCode::LineTooLong);
    QCOMPARE(framer.error().offset, 100);
}

void TestImapFramer::literalAboveCapIsRefusedWithoutBuffering()
{
    ResponseFramer framer(smallLimits());
    framer.feed("* 1 EXISTS\r\n* 7 FETCH (BODY[] {1001}\r\n");
    const Collected c = drain(framer);
    QCOMPARE(c.frames.size(), 1);
    QCOMPARE(c.last, ResponseFramer::Status::Error);
    QCOMPARE(framer.error().code, ParseErrorCode::LiteralTooLarge);
    QCOMPARE(framer.error().line, 2);
    QCOMPARE(framer.error().offset, 12 + 18); // the '{'
    framer.feed(QByteArray(1001, 'z'));      // ignored in the error state
    QVERIFY(framer.bufferedBytes() < 100);
}

void TestImapFramer::literalSizeOverflowIsRefused()
{
    ResponseFramer framer;
    framer.feed("* 1 FETCH (BODY[] {99999999999999999999999}\r\n");
    Frame frame;
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Error);
    QCOMPARE(framer.error().code, ParseErrorCode::InvalidLiteral);
    QCOMPARE(framer.error().offset, 18);
}

void TestImapFramer::responseAboveCapIsRefused()
{
    ResponseFramer framer(smallLimits());
    QByteArray response = "* 1 FETCH (";
    for (int i = 0; i < 6; ++i)
        response += "BODY[" + QByteArray::number(i + 1) + "] {900}\r\n" + QByteArray(900, 'q') + ' ';
    framer.feed(response);
    const Collected c = drain(framer);
    QCOMPARE(c.last, ResponseFramer::Status::Error);
    QCOMPARE(framer.error().code, ParseErrorCode::ResponseTooLarge);
}

void TestImapFramer::errorIsStickyUntilReset()
{
    ResponseFramer framer(smallLimits());
    framer.feed(QByteArray(200, 'x'));
    Frame frame;
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Error);
    framer.feed("\r\n* OK after\r\n");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Error);
    framer.reset();
    QVERIFY(!framer.hasError());
    framer.feed("* OK fresh\r\n");
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Frame);
    QCOMPARE(frame.bytes, QByteArray("* OK fresh\r\n"));
    QCOMPARE(frame.offset, 0);
    QCOMPARE(frame.line, 1);
}

void TestImapFramer::finishReportsTruncation()
{
    ResponseFramer framer;
    framer.feed("* 1 EXISTS\r\n* 2 EXI");
    drain(framer);
    const std::optional<ParseError> end = framer.finish();
    QVERIFY(end.has_value());
    QCOMPARE(end->code, ParseErrorCode::TruncatedStream);
    QCOMPARE(end->line, 2);
    QCOMPARE(end->offset, 19);

    ResponseFramer clean;
    clean.feed("* 1 EXISTS\r\n");
    drain(clean);
    QVERIFY(!clean.finish().has_value());
}

void TestImapFramer::finishInsideLiteral()
{
    ResponseFramer framer;
    framer.feed("* 1 FETCH (BODY[] {100}\r\nshort\r\nmore");
    QCOMPARE(drain(framer).frames.size(), 0);
    const std::optional<ParseError> end = framer.finish();
    QVERIFY(end.has_value());
    QCOMPARE(end->code, ParseErrorCode::TruncatedStream);
    QCOMPARE(end->line, 3);
    QVERIFY(end->detail.contains("literal"));
}

void TestImapFramer::byteByByteFeedingOfLargeLiteral()
{
    const QByteArray payload(300 * 1024, 'm');
    const QByteArray stream = "* 1 FETCH (BODY[] {" + QByteArray::number(payload.size()) + "}\r\n" + payload
        + ")\r\nA1 OK\r\n";
    ResponseFramer framer;
    QList<Frame> frames;
    Frame frame;
    QElapsedTimer timer;
    timer.start();
    for (char c : stream) {
        framer.feed(QByteArrayView(&c, 1));
        while (framer.next(&frame) == ResponseFramer::Status::Frame)
            frames.append(frame);
    }
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].bytes.size(), stream.size() - 7);
    QCOMPARE(frames[1].bytes, QByteArray("A1 OK\r\n"));
    QVERIFY2(timer.elapsed() < 5000, "byte-wise feeding must stay linear");
}

void TestImapFramer::framesStayValidAfterLaterFeeds()
{
    // Frames share the framer's buffer; feeding more must never change bytes handed out earlier.
    ResponseFramer framer;
    QList<Frame> frames;
    Frame frame;
    const QList<QByteArray> chunks = {"* 1 EXISTS\r\n* 2 EXI", "STS\r\n* 3 EXISTS\r\n", QByteArray(5000, 'x') + "\r\n",
                                      "A1 OK done\r\n"};
    for (const QByteArray &chunk : chunks) {
        framer.feed(chunk);
        while (framer.next(&frame) == ResponseFramer::Status::Frame)
            frames.append(frame);
    }
    framer.reset();
    QCOMPARE(frames.size(), 5);
    QCOMPARE(frames[0].bytes, QByteArray("* 1 EXISTS\r\n"));
    QCOMPARE(frames[1].bytes, QByteArray("* 2 EXISTS\r\n"));
    QCOMPARE(frames[2].bytes, QByteArray("* 3 EXISTS\r\n"));
    QCOMPARE(frames[3].bytes, QByteArray(5000, 'x') + "\r\n");
    QCOMPARE(frames[4].bytes, QByteArray("A1 OK done\r\n"));
    // A frame is an ordinary QByteArray: changing it detaches and leaves the others alone.
    frames[1].bytes[2] = '9';
    QCOMPARE(frames[1].bytes, QByteArray("* 9 EXISTS\r\n"));
    QCOMPARE(frames[2].bytes, QByteArray("* 3 EXISTS\r\n"));
}

void TestImapFramer::smallFrameDoesNotPinLargeBuffer()
{
    // A 4 MB literal and a tagged OK in the same read: the OK is copied out, so keeping it (in a
    // protocol log, say) does not keep the 4 MB alive once the FETCH response is gone.
    const QByteArray payload(4 * 1024 * 1024, 'b');
    ResponseFramer framer;
    const QByteArray stream = "* 1 FETCH (BODY[] {" + QByteArray::number(payload.size()) + "}\r\n" + payload
        + ")\r\nA1 OK\r\n";
    framer.feed(stream);
    Frame big;
    Frame small;
    QCOMPARE(framer.next(&big), ResponseFramer::Status::Frame);
    QCOMPARE(framer.next(&small), ResponseFramer::Status::Frame);
    QCOMPARE(small.bytes, QByteArray("A1 OK\r\n"));
    QVERIFY(small.bytes.data_ptr().d_ptr() != big.bytes.data_ptr().d_ptr());
    QVERIFY(small.bytes.capacity() < 1024);

    // Small frames from an ordinary read share it: no copy.
    ResponseFramer normal;
    normal.feed("* 1 EXISTS\r\n* 2 EXISTS\r\n");
    Frame first;
    Frame second;
    QCOMPARE(normal.next(&first), ResponseFramer::Status::Frame);
    QCOMPARE(normal.next(&second), ResponseFramer::Status::Frame);
    QCOMPARE(first.bytes.data_ptr().d_ptr(), second.bytes.data_ptr().d_ptr());
}


void TestImapFramer::feedFromFramesLikeFeed()
{
    // The socket is read straight into the framer's buffer, in whatever pieces it arrives; frames handed
    // out earlier keep their bytes while later reads reuse the buffer.
    const QByteArray stream = "* 1 FETCH (BODY[] {12}\r\nhello\r\nworld)\r\n* 2 EXISTS\r\n"
        + QByteArray("* OK ") + QByteArray(3000, 'y') + "\r\nA1 OK done\r\n";
    for (qsizetype piece : {1, 7, 64, 4096}) {
        ResponseFramer framer;
        QList<Frame> frames;
        Frame frame;
        qsizetype at = 0;
        while (at < stream.size()) {
            const qsizetype size = qMin(piece, stream.size() - at);
            framer.feedFrom(size, [&](char *into, qint64 maxBytes) {
                std::memcpy(into, stream.constData() + at, size_t(maxBytes));
                return maxBytes;
            });
            at += size;
            while (framer.next(&frame) == ResponseFramer::Status::Frame)
                frames.append(frame);
        }
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[0].bytes, QByteArray("* 1 FETCH (BODY[] {12}\r\nhello\r\nworld)\r\n"));
        QCOMPARE(frames[1].bytes, QByteArray("* 2 EXISTS\r\n"));
        QCOMPARE(frames[1].offset, 39);
        QCOMPARE(frames[1].line, 4);
        QCOMPARE(frames[2].bytes.size(), 3007);
        QCOMPARE(frames[3].bytes, QByteArray("A1 OK done\r\n"));
        QVERIFY(!framer.finish().has_value());
    }
}

void TestImapFramer::feedFromKeepsOnlyWhatWasWritten()
{
    ResponseFramer framer;
    Frame frame;
    // Offered 100 bytes, the socket had 9; then a failed read (-1) and an empty one add nothing.
    framer.feedFrom(100, [](char *into, qint64) { std::memcpy(into, "* 1 EXIS", 8); return qint64(8); });
    framer.feedFrom(50, [](char *, qint64) { return qint64(-1); });
    framer.feedFrom(50, [](char *, qint64) { return qint64(0); });
    QCOMPARE(framer.bufferedBytes(), 8);
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
    framer.feedFrom(10, [](char *into, qint64) { std::memcpy(into, "TS\r\n", 4); return qint64(4); });
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Frame);
    QCOMPARE(frame.bytes, QByteArray("* 1 EXISTS\r\n"));
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);

    // In the error state nothing is read at all.
    ResponseFramer failed(smallLimits());
    failed.feed(QByteArray(200, 'x'));
    QCOMPARE(failed.next(&frame), ResponseFramer::Status::Error);
    bool called = false;
    failed.feedFrom(10, [&called](char *, qint64) { called = true; return qint64(0); });
    QVERIFY(!called);
}

void TestImapFramer::unconsumedBytesFollowTheLastFrame()
{
    // What COMPRESS needs at the switch: the bytes that came after the tagged OK in the same read.
    ResponseFramer framer;
    framer.feed(QByteArray(QByteArray("a1 OK DEFLATE active\r\n") + QByteArray("\x78\x9c\x01\x02", 4)));
    Frame frame;
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::Frame);
    QCOMPARE(framer.next(&frame), ResponseFramer::Status::NeedMore);
    QCOMPARE(framer.unconsumedBytes(), QByteArray("\x78\x9c\x01\x02", 4));
    QCOMPARE(framer.bufferedBytes(), 4);
}

QTEST_GUILESS_MAIN(TestImapFramer)
#include "tst_imap_framer.moc"
