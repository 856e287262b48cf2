#include "pglistener.h"

#include "hub/hublogging.h"
#include "hub/pgconnection.h"
#include "hub/pghubstore.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

namespace shoulou::hub {

PgListener::PgListener(QString url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(5000);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (auto r = start(); !r)
            reconnectLater();
    });
}

PgListener::~PgListener() = default;

Result<void> PgListener::start()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_pg.reset();
    auto pg = PgConnection::open(m_url);
    if (!pg)
        return pg.error();
    m_pg = std::move(pg).value();
    const QByteArray listen = QByteArray("LISTEN ") + PgHubStore::kChannel;
    if (auto r = m_pg->run(listen.constData()); !r)
        return r;
    m_notifier = new QSocketNotifier(m_pg->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgListener::onReadable);
    qCInfo(lcHub) << "listening to PostgreSQL for other hub processes' commits";
    return {};
}

void PgListener::onReadable()
{
    if (PQconsumeInput(m_pg->handle()) == 0) {
        qCWarning(lcHub).noquote() << "lost the PostgreSQL notification connection:" << PQerrorMessage(m_pg->handle());
        reconnectLater();
        return;
    }
    while (PGnotify *n = PQnotifies(m_pg->handle())) {
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        const int colon = payload.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const qint64 seq = payload.mid(colon + 1).toLongLong(&ok);
        if (colon > 0 && ok)
            emit poke(payload.left(colon), seq);
    }
}

void PgListener::reconnectLater()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_retry->start();
}

} // namespace shoulou::hub
