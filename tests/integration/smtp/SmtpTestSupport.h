#pragma once

// Shared bits of the SmtpClient tests: metatypes for QSignalSpy and a compact way to wait for the one
// signal an operation ends with.
#include "smtp/SmtpClient.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Kestrel::Error)
Q_DECLARE_METATYPE(Kestrel::CertificateProblem)
Q_DECLARE_METATYPE(Kestrel::Smtp::SmtpSendResult)

namespace Kestrel::Test {

inline void registerSmtpMetaTypes()
{
    qRegisterMetaType<Kestrel::Error>();
    qRegisterMetaType<Kestrel::CertificateProblem>();
    qRegisterMetaType<Kestrel::Smtp::SmtpSendResult>();
}

// Spies on every way a client operation can end, so a test can check that exactly one happened.
struct ClientSpies {
    explicit ClientSpies(Kestrel::Smtp::SmtpClient &client)
        : opened(&client, &Kestrel::Smtp::SmtpClient::opened)
        , sent(&client, &Kestrel::Smtp::SmtpClient::sent)
        , failed(&client, &Kestrel::Smtp::SmtpClient::failed)
        , closed(&client, &Kestrel::Smtp::SmtpClient::closed)
        , rejected(&client, &Kestrel::Smtp::SmtpClient::certificateRejected)
    {
    }

    qsizetype endings() const { return opened.size() + sent.size() + failed.size(); }
    // Waits until `count` operations have ended in total (opened + sent + failed).
    bool waitForEndings(qsizetype count, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return endings() >= count; }, timeoutMs);
    }
    Kestrel::Error lastError() const { return failed.isEmpty() ? Kestrel::Error{} : failed.last().first().value<Kestrel::Error>(); }
    Kestrel::Smtp::SmtpSendResult lastResult() const
    {
        return sent.isEmpty() ? Kestrel::Smtp::SmtpSendResult{} : sent.last().first().value<Kestrel::Smtp::SmtpSendResult>();
    }

    QSignalSpy opened, sent, failed, closed, rejected;
};

} // namespace Kestrel::Test
