#pragma once

#include <QByteArray>

namespace Kestrel::Test {

// A D-Bus session bus of the test's own, with no services to activate: no Secret Service, no
// gnome-keyring, so QtKeychain finds no keychain, as on a desktop without one (issue 7). Started before
// the QApplication (DBUS_SESSION_BUS_ADDRESS is read when the session bus is first used); the bus
// daemon is stopped, by its pid, when this object goes.
class PrivateSessionBus
{
public:
    PrivateSessionBus() = default;
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    bool start();
    QByteArray address() const { return m_address; }

private:
    QByteArray m_directory;
    QByteArray m_address;
    long m_pid = 0;
};

} // namespace Kestrel::Test
