#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace shoulou::hub {

class PgConnection;

// LISTENs, on a connection of its own, to the commits every hub process announces
// (PgHubStore::announce) and says each as poke(office, hub_seq): a workstation on process 1
// hears of a change made through process 3. Reconnects by itself if the connection drops.
class PgListener final : public QObject {
    Q_OBJECT
public:
    explicit PgListener(QString url, QObject *parent = nullptr);
    ~PgListener() override;

    Result<void> start();

signals:
    void poke(const QString &officeId, qint64 hubSeq);

private:
    void onReadable();
    void reconnectLater();

    QString m_url;
    std::unique_ptr<PgConnection> m_pg;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
};

} // namespace shoulou::hub
