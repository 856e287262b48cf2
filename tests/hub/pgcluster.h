#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace shoulou::test {

// A throwaway PostgreSQL 15 cluster for one test run: initdb and pg_ctl on a private port and
// socket directory, no TCP. As root they run as the `postgres` user (initdb refuses root).
// Empty `url()` when PostgreSQL is not installed: the tests skip.
class PgCluster final {
public:
    explicit PgCluster(bool durable = false)
    {
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
        if (!QFile::exists(bin + "initdb"))
            return;
        m_bin = bin;
        m_root = m_tmp.path();
        QFile::setPermissions(m_root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::WriteGroup | QFileDevice::ExeGroup);
        QDir(m_root).mkpath("sock");
        QFile::setPermissions(m_root + "/sock", QFile::permissions(m_root));
        if (::geteuid() == 0)
            QProcess::execute("chown", {"postgres", m_root, m_root + "/sock"});
        m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        if (run("initdb", {"-D", m_root + "/data", "-A", "trust", "-U", "hub", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"}) != 0)
            return;
        QStringList options{"-p", QString::number(m_port), "-k", m_root + "/sock", "-c", "listen_addresses=", "-c", "max_connections=50"};
        if (!durable)
            options << "-c"
                    << "fsync=off"
                    << "-c"
                    << "synchronous_commit=off"
                    << "-c"
                    << "full_page_writes=off";
        if (run("pg_ctl", {"-D", m_root + "/data", "-o", options.join(' '), "-l", m_root + "/log", "-w", "start"}) != 0)
            return;
        m_started = true;
    }
    ~PgCluster()
    {
        if (m_started)
            run("pg_ctl", {"-D", m_root + "/data", "-m", "immediate", "-w", "stop"});
    }

    bool ok() const { return m_started; }
    // A new, empty database of the cluster.
    QString newDatabase()
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        if (run("createdb", {"-h", m_root + "/sock", "-p", QString::number(m_port), "-U", "hub", name}) != 0)
            return {};
        return url(name);
    }
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=hub").arg(database, m_root + "/sock").arg(m_port);
    }

private:
    int run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        if (::geteuid() == 0)
            p.start("runuser", QStringList{"-u", "postgres", "--", m_bin + tool} + args);
        else
            p.start(m_bin + tool, args);
        if (!p.waitForFinished(120000))
            return -1;
        if (p.exitCode() != 0)
            qWarning().noquote() << tool << p.readAllStandardError();
        return p.exitCode();
    }

    QTemporaryDir m_tmp;
    QString m_bin, m_root;
    int m_port = 0;
    int m_databases = 0;
    bool m_started = false;
};

} // namespace shoulou::test
