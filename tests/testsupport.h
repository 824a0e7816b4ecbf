#pragma once

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

// Every Qt warning fails the test, except the offscreen platform's notes that it cannot do what
// only a window manager does (size hints, raising windows, grabbing input for popups).
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the (keyboard|mouse))$)")));
}

// Files under dir whose bytes hold needle (as UTF-8 or UTF-16, as QSettings or SQLite might
// write it).
inline QStringList filesHolding(const QString &dir, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << file.fileName();
    }
    return found;
}

// Before the application starts: everything it writes (settings, data, caches, a keyring) goes
// under home, and the session bus is one that is not there (until a test starts its own), so a
// user's own files and keychain are never touched.
inline void useHome(const QString &home)
{
    const QByteArray path = QFile::encodeName(home);
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", QByteArray(path + "/.config"));
    qputenv("XDG_DATA_HOME", QByteArray(path + "/.local/share"));
    qputenv("XDG_CACHE_HOME", QByteArray(path + "/.cache"));
    qputenv("XDG_STATE_HOME", QByteArray(path + "/.local/state"));
    qputenv("XDG_RUNTIME_DIR", path);
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=" + path + "/no-bus"));
}

} // namespace TestSupport
