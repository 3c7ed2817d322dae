// kestrel-cli show-file renders a local message (plain and --json) and fails clearly on a missing file.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Kestrel::Test::runCli;

class TestCliShowFile : public QObject
{
    Q_OBJECT
private slots:
    void rendersRfc2231AttachmentNames()
    {
        QTemporaryDir profile;
        const QString file = QStringLiteral(KESTREL_TEST_DATA_DIR "/mail/rfc2231-attachments.eml");
        const auto plain = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("show-file"), file});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const QString out = QString::fromLocal8Bit(plain.out);
        QVERIFY2(out.contains(QStringLiteral("Subject: Отчёт за 2024 год")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("From: Сергей Волков <sergey.volkov@example.ru>")));
        QVERIFY(out.contains(QStringLiteral("Attachment: Отчёт 2024.pdf (application/pdf")));

        const auto json = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"), QStringLiteral("show-file"), file});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject message = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(message.value(QStringLiteral("messageId")).toString(), QStringLiteral("<2d60314911ef.f6dc2a60@example.ru>"));
        const QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("size")).toInt(), 614);
        QCOMPARE(attachments.at(1).toObject().value(QStringLiteral("fileName")).toString(), QStringLiteral("Диаграмма продаж.png"));
        QVERIFY(message.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Hi Alice,")));
    }

    void missingFileIsAClearError()
    {
        QTemporaryDir profile;
        const auto result = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("show-file"), QStringLiteral("/nonexistent.eml")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("/nonexistent.eml"));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliShowFile)
#include "tst_cli_show_file.moc"
