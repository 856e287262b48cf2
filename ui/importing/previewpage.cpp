#include "previewpage.h"

#include "importing/columnmappingmodel.h"
#include "importing/fieldcombodelegate.h"
#include "importing/previewrowsmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

QLabel *wrappingLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PreviewPage::PreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_mappingModel(new ColumnMappingModel(this))
    , m_rowsModel(new PreviewRowsModel(this))
{
    m_file = wrappingLabel(this, "fileLabel");
    m_format = wrappingLabel(this, "formatLabel");
    m_sheetLabel = new QLabel(tr("Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setToolTip(tr("Rows whose channel cell is empty, or all rows when no column is imported as the "
                             "channel, get this channel."));

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    top->addRow(tr("File:"), m_file);
    top->addRow(tr("Format:"), m_format);
    top->addRow(m_sheetLabel, m_sheet);
    top->addRow(tr("Channel of rows without one:"), m_channel);

    m_mappingTable = new QTableView(this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setModel(m_mappingModel);
    m_mappingTable->setItemDelegateForColumn(ColumnMappingModel::Field, new FieldComboDelegate(m_mappingTable));
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::SourceColumn, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Example, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::Field, QHeaderView::ResizeToContents);
    auto *load = new QPushButton(tr("Load mapping…"), this);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    auto *save = new QPushButton(tr("Save mapping…"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    save->setToolTip(tr("Save how the columns are imported, to reuse it for the next export from the same "
                        "platform (also accepted by the command line's --mapping)."));
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(load);
    mappingButtons->addWidget(save);
    mappingButtons->addStretch();
    auto *mappingBox = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("How each column is imported:"), mappingBox));
    mappingLayout->addWidget(m_mappingTable);
    mappingLayout->addLayout(mappingButtons);

    m_rowsTable = new QTableView(this);
    m_rowsTable->setObjectName(QStringLiteral("previewTable"));
    m_rowsTable->setModel(m_rowsModel);
    m_rowsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsTable->setWordWrap(false);
    m_rowsNote = wrappingLabel(this, "rowsNote");
    auto *rowsBox = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_rowsNote);
    rowsLayout->addWidget(m_rowsTable);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_warning = wrappingLabel(this, "mappingWarning");
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message = wrappingLabel(this, "previewMessage");

    auto *back = new QPushButton(tr("Choose another file"), this);
    m_start = new QPushButton(tr("Import"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, this, &PreviewPage::mappingEdited);
    connect(m_sheet, &QComboBox::activated, this, [this](int i) { emit sheetChosen(m_sheet->itemText(i)); });
    connect(load, &QPushButton::clicked, this, &PreviewPage::askLoadMapping);
    connect(save, &QPushButton::clicked, this, &PreviewPage::askSaveMapping);
    connect(back, &QPushButton::clicked, this, &PreviewPage::chooseAnotherRequested);
    connect(m_start, &QPushButton::clicked, this, &PreviewPage::startRequested);
    setChannels({});
}

void PreviewPage::showPreview(const TablePreview &preview)
{
    m_preview = preview;
    m_file->setText(QFileInfo(preview.path).fileName());
    m_file->setToolTip(preview.path);
    m_format->setText(preview.isWorkbook ? tr("Excel workbook (XLSX)") : tr("CSV text, encoding %1 (detected)").arg(preview.format));
    const QSignalBlocker block(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(preview.sheets);
    m_sheet->setCurrentText(preview.sheet);
    // Only a workbook with a choice shows it.
    m_sheet->setVisible(preview.sheets.size() > 1);
    m_sheetLabel->setVisible(preview.sheets.size() > 1);
    m_message->clear();
    m_channel->setCurrentIndex(0); // a new file starts from its own channel column

    m_rowsModel->reset(preview.header, preview.rows, preview.rowErrors);
    m_mappingModel->reset(preview.header, preview.rows, io::FieldMapping::fromHeader(preview.header));
    for (int r = 0; r < m_mappingModel->rowCount(); ++r)
        m_mappingTable->openPersistentEditor(m_mappingModel->index(r, ColumnMappingModel::Field));
    m_rowsTable->resizeColumnsToContents();
    if (preview.rows.isEmpty())
        m_rowsNote->setText(tr("The file has a header but no rows to import."));
    else if (preview.moreRows)
        m_rowsNote->setText(
            tr("The first %n rows of %1:", nullptr, int(preview.rows.size())).arg(QLocale().formattedDataSize(preview.bytes)));
    else
        m_rowsNote->setText(tr("All %n rows of the file:", nullptr, int(preview.rows.size())));
}

void PreviewPage::setChannels(const QList<ChannelRef> &channels)
{
    const QString current = channel();
    const QSignalBlocker block(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("From the file's channel column (else “Other”)"), QString());
    for (const ChannelRef &c : channels)
        m_channel->addItem(c.name, c.name);
    selectChannel(current);
}

io::FieldMapping PreviewPage::mapping() const
{
    io::FieldMapping m = m_mappingModel->mapping();
    m.setDefaultChannel(channel());
    return m;
}

QString PreviewPage::channel() const
{
    return m_channel->currentData().toString();
}

void PreviewPage::selectChannel(const QString &name)
{
    int at = m_channel->findData(name);
    if (at < 0) { // a channel the office does not have yet: the import creates it
        m_channel->addItem(name, name);
        at = m_channel->count() - 1;
    }
    m_channel->setCurrentIndex(at);
}

void PreviewPage::mappingEdited()
{
    m_rowsModel->setMapping(m_mappingModel->mapping());
    const bool usable = m_mappingModel->mapping().hasIdentityColumn();
    m_warning->setVisible(!usable);
    m_warning->setText(usable ? QString()
                              : tr("No column is imported as a phone, resident id or platform id, so no row could "
                                   "be matched to a customer. Choose “Phone” for the column that holds the phone numbers."));
    m_start->setEnabled(usable && !m_preview.rows.isEmpty());
}

void PreviewPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e") : QString());
}

bool PreviewPage::saveMapping(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mapping().toJson(m_preview.header)) < 0 || !file.commit()) {
        showMessage(tr("Cannot save the mapping to “%1”: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Mapping saved to “%1”.").arg(QFileInfo(path).fileName()), false);
    return true;
}

bool PreviewPage::loadMapping(const QString &path)
{
    auto loaded = io::FieldMapping::fromJsonFile(path, m_preview.header);
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return false;
    }
    m_mappingModel->setMapping(*loaded);
    if (!loaded->defaultChannel().isEmpty())
        selectChannel(loaded->defaultChannel());
    showMessage(tr("Mapping loaded from “%1”.").arg(QFileInfo(path).fileName()), false);
    return true;
}

void PreviewPage::askSaveMapping()
{
    const QFileInfo source(m_preview.path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-mapping") + QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save column mapping"), suggested, tr("Column mapping (*.json)"));
    if (!path.isEmpty())
        (void)saveMapping(path);
}

void PreviewPage::askLoadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load column mapping"), QFileInfo(m_preview.path).path(),
                                                      tr("Column mapping (*.json)"));
    if (!path.isEmpty())
        (void)loadMapping(path);
}

} // namespace shoulou::ui
