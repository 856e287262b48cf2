#pragma once

// Running the project's real binaries from a test: one command to its end (exit code, output),
// and `shoulou-hub serve` on a free loopback port for as long as the test needs it.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace shoulou::test {

struct Run {
    int code = -1;
    QString out, err;
};

inline QProcessEnvironment processEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("LANG", "C.UTF-8");
    env.insert("SHOULOU_KEY_STORE", "file");
    return env;
}

// `input` is written to standard input, which is then closed (passwords are read from there).
inline Run runProcess(const QString &binary, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(processEnvironment());
    p.start(binary, args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// `shoulou-hub serve` on a free loopback port; the port is read from its "listening on" line.
struct Serve {
    QProcess process;
    quint16 port = 0;
    // `onPort` 0: a free port (a restarted hub takes its old one, as the desks know it).
    // `extra`: more `serve` options (--session-ttl …).
    bool start(const QString &hubBinary, const QString &data, quint16 onPort = 0, const QStringList &extra = {})
    {
        process.setProcessEnvironment(processEnvironment());
        process.start(hubBinary, QStringList{"serve", "--data", data, "--listen", QStringLiteral("127.0.0.1:%1").arg(onPort)} + extra);
        if (!process.waitForStarted())
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QString out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            if (!process.waitForReadyRead(500) && process.state() != QProcess::Running)
                break;
            out += QString::fromUtf8(process.readAllStandardOutput());
            if (const auto m = listening.match(out); m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
        }
        qWarning().noquote() << out << process.readAllStandardError();
        return false;
    }
    void kill9()
    {
        process.kill(); // SIGKILL: no chance to flush or close anything
        process.waitForFinished(10000);
    }
    ~Serve()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(10000))
                kill9();
        }
    }
};

} // namespace shoulou::test
