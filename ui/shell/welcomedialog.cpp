#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shoulou::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Shoulou"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h2>Welcome to Shoulou</h2><p>Every workstation keeps the office's customers in one "
                                "database file. Create one for your office, open an existing one, or look around "
                                "in a demo office first.</p>"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QList<QWidget *> chain; // the focus chain: the choices top to bottom, then Cancel
    auto add = [&](const QString &title, const QString &detail, Choice c, const char *name) {
        auto *b = new QCommandLinkButton(title, detail);
        chain << b;
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, [this, c] {
            m_choice = c;
            accept();
        });
        layout->addWidget(b);
    };
    add(tr("Create a new office"), tr("Start empty; import your lead lists next."), NewOffice, "newOffice");
    add(tr("Open an office database"), tr("A file created on this or another workstation."), OpenOffice, "openOffice");
    add(tr("Join an office hub"), tr("This desk gets the office from the sales office's hub and stays in step with it."), JoinHub,
        "joinHub");
    add(tr("Open the demo office"), tr("Made-up customers, consultants and six months of history."), DemoOffice, "demoOffice");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    chain << buttons->button(QDialogButtonBox::Cancel);
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    chain.first()->setFocus();
    resize(520, sizeHint().height());
}

} // namespace shoulou::ui
