#pragma once

#include "model/NoticeLevel.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace certdeck::ui {

// The inline messages above the table: errors and warnings appear here instead of in modal boxes. A small
// stack, each message about one topic (a device, the connection, the listing, the last action) and gone when
// that is resolved: a later message never hides a reminder for good, and none outlives what it is about.
class BannerWidget final : public QFrame
{
    Q_OBJECT
public:
    using Level = NoticeLevel;
    enum class Lifetime
    {
        UntilCleared,     // until clear(topic), dismissed, or replaced by a message on the same topic
        UntilNextListing, // a statement about the current listing: gone when the next one arrives
    };
    // More than this many messages: the least important wait below a line that counts them.
    static constexpr int maxShown = 3;

    explicit BannerWidget(QWidget *parent = nullptr);
    ~BannerWidget() override;

    // The outcome of what the person just did: replaces the previous outcome, stays until dismissed.
    void showMessage(Level level, const QString &text);
    // A message about `topic`; replaces the one on the same topic.
    void post(const QString &topic, Level level, const QString &text,
              Lifetime lifetime = Lifetime::UntilCleared);
    void clear(const QString &topic);
    // The topics of the messages there now that start with `prefix`.
    [[nodiscard]] QStringList topics(const QString &prefix = {}) const;
    // A new listing arrived: statements about the previous one go.
    void listingArrived();
    // A button under the message posted last, for what it asks of the person; gone with the message.
    QPushButton *addButton(const QString &text, const QString &objectName);

    // The message posted last among those shown, and its level.
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const;
    // Every message shown, top to bottom.
    [[nodiscard]] QStringList texts() const;
    // What Tab visits, in the order seen: each message shown (read as an alert), its buttons, its dismiss.
    [[nodiscard]] QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    // Messages came, went or moved: the window puts them back into its Tab order.
    void arranged();

private:
    struct Message;
    void remove(Message *message);
    void arrange();
    [[nodiscard]] const Message *latestShown() const;

    QVBoxLayout *m_rows;
    QLabel *m_more;
    QList<Message *> m_messages; // owned here; their frames are this widget's children
    quint64 m_sequence = 0;
};

} // namespace certdeck::ui
