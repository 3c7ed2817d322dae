// A draft with two attachments (one named in Cyrillic) and a Bcc, saved to the real Dovecot's Drafts,
// reopened from the server copy alone (no local draft: another computer, or the profile was lost):
// the composer gets the same attachments byte for byte and the Bcc; the message sent from it carries
// no Bcc header while its envelope still reaches the Bcc address.
#include "SendTestBed.h"

#include "compose/DraftLocator.h"
#include "compose/DraftStore.h"
#include "compose/RawMessageFetch.h"
#include "compose/ServerDraftSave.h"
#include "composer/AttachmentList.h"
#include "composer/ComposerWindow.h"
#include "mime/compose/OutgoingMessageBuilder.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Compose;
using namespace Kestrel::Test;

namespace {

Draft draftWithAttachments()
{
    Draft draft;
    draft.id = QStringLiteral("reopen");
    draft.message.accountId = QStringLiteral("send-alice");
    draft.message.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
    draft.message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    draft.message.bcc = {{QStringLiteral("Кэрол"), QStringLiteral("carol@example.test")}};
    draft.message.subject = QStringLiteral("Отчёт за квартал");
    // A line long enough to go out as format=flowed, which must come back as the one line it was.
    draft.message.body = QStringLiteral("Два файла во вложении.\n") + QStringLiteral("слово ").repeated(30).trimmed()
        + QStringLiteral("\n-- \nAlice\n");
    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary.append(char(i * 7 % 256)); // every byte value, NULs included
    draft.message.attachments = {
        {QStringLiteral("Отчёт «итоги» 2026.pdf"), QStringLiteral("application/pdf"), binary},
        {QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("line one\r\nline two\r\n")},
    };
    return draft;
}

} // namespace

class TestServerDraftReopen : public QObject
{
    Q_OBJECT
private slots:
    void reopenedFromTheServerCopyKeepsAttachmentsAndBcc()
    {
        DovecotServer dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        const AccountSettings account = aliceAccount(dovecot, {QStringLiteral("127.0.0.1"), 1, ConnectionSecurity::Tls});
        const Draft written = draftWithAttachments();

        Draft saved;
        std::optional<Error> saveError;
        bool savedDone = false;
        ServerDraftSave save(account, DovecotServer::password());
        connect(&save, &ServerDraftSave::finished, this, [&](const Draft &draft, const std::optional<Error> &error) {
            saved = draft;
            saveError = error;
            savedDone = true;
        });
        save.save(written);
        QTRY_VERIFY_WITH_TIMEOUT(savedDone, 30000);
        QVERIFY2(!saveError, saveError ? qPrintable(saveError->toString()) : "");
        QVERIFY(saved.serverUid > 0);

        // The server copy, as the composer launcher fetches it when no local draft has its Message-ID.
        QByteArray raw;
        std::optional<Error> fetchError;
        bool fetched = false;
        RawMessageFetch fetch(account, DovecotServer::password());
        connect(&fetch, &RawMessageFetch::finished, this, [&](const QByteArray &bytes, const std::optional<Error> &error) {
            raw = bytes;
            fetchError = error;
            fetched = true;
        });
        fetch.start(saved.serverFolder, saved.serverUid);
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 30000);
        QVERIFY2(!fetchError, fetchError ? qPrintable(fetchError->toString()) : "");
        QVERIFY(raw.contains("carol@example.test"));

        MessageSummary summary;
        summary.accountId = account.id;
        summary.uid = saved.serverUid;
        summary.messageId = QString::fromLatin1(saved.messageId);
        const Draft reopened = DraftLocator::fromServerCopy(raw, summary, saved.serverFolder, 1);
        QCOMPARE(reopened.message.bcc, written.message.bcc);
        QCOMPARE(reopened.message.to, written.message.to);
        QCOMPARE(reopened.message.subject, written.message.subject);
        QCOMPARE(reopened.message.body, written.message.body);
        QCOMPARE(reopened.message.attachments.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(reopened.message.attachments[i].fileName, written.message.attachments[i].fileName);
            QCOMPARE(reopened.message.attachments[i].mimeType, written.message.attachments[i].mimeType);
            QCOMPARE(reopened.message.attachments[i].data, written.message.attachments[i].data);
        }
        QCOMPARE(reopened.messageId, saved.messageId); // the next save replaces this copy
        QCOMPARE(reopened.serverUid, saved.serverUid);

        // In the composer: the attachment list holds the bytes (no files behind them) and Bcc is filled.
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        Ui::ComposerWindow composer({account}, DraftStore(profile.path()), nullptr);
        composer.openDraft(reopened);
        QVERIFY(composer.bccEdit()->text().contains(QStringLiteral("carol@example.test")));
        QCOMPARE(composer.attachmentList()->attachments(), written.message.attachments);
        QCOMPARE(composer.attachmentList()->list()->count(), 2);
        const OutgoingMessage outgoing = composer.message();
        QCOMPARE(outgoing.attachments, written.message.attachments);
        QCOMPARE(outgoing.bcc.value(0).email, QStringLiteral("carol@example.test"));

        // Sending builds without Bcc in the bytes; the Bcc address is in the envelope only.
        const Mime::BuiltMessage sent = Mime::OutgoingMessageBuilder::build(outgoing);
        const QByteArray headers = sent.bytes.left(sent.bytes.indexOf("\r\n\r\n"));
        QVERIFY2(!headers.contains("\r\nBcc:") && !headers.startsWith("Bcc:"), headers.constData());
        QVERIFY(!sent.bytes.contains("carol@example.test"));
        QVERIFY(sent.envelope.recipients.contains(QStringLiteral("carol@example.test")));
        composer.close();
    }
};

QTEST_MAIN(TestServerDraftReopen)
#include "tst_server_draft_reopen.moc"
