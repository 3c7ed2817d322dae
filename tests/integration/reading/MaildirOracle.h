#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>

namespace Kestrel::Test {

// What a message's attachments really are, read from the Dovecot user's Maildir with Python's email
// package: an oracle that shares no code with Kestrel's fetching, decoding and saving.
class MaildirOracle
{
public:
    explicit MaildirOracle(QString maildir)
        : m_maildir(std::move(maildir))
    {
    }

    // The decoded bytes of attachment `index` (in order, non-multipart leaves with a file name) of the
    // first message whose decoded Subject contains `subject`; null when not found.
    QByteArray attachment(const QString &subject, int index) const
    {
        return run(QStringLiteral("attachment"), subject, index);
    }
    // The message file as stored, with CRLF line ends (what IMAP serves as BODY[]).
    QByteArray rawMessage(const QString &subject) const { return run(QStringLiteral("raw"), subject, 0); }

private:
    QByteArray run(const QString &what, const QString &subject, int index) const
    {
        static const char *const script = R"(
import email, email.header, email.policy, os, sys
root, what, subject, index = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
for folder, _, files in os.walk(root):
    if os.path.basename(folder) not in ('cur', 'new'):
        continue
    for name in sorted(files):
        data = open(os.path.join(folder, name), 'rb').read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if subject not in str(msg['Subject']):
            continue
        if what == 'raw':
            sys.stdout.buffer.write(data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'))
            sys.exit(0)
        leaves = [p for p in msg.walk() if not p.is_multipart() and p.get_filename()]
        sys.stdout.buffer.write(leaves[index].get_payload(decode=True))
        sys.exit(0)
sys.exit(3)
)";
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), m_maildir, what, subject,
                                                          QString::number(index)});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            return {};
        return python.readAllStandardOutput();
    }

    QString m_maildir;
};

} // namespace Kestrel::Test
