// The translations library holds only embedded .qm files; this file gives it one object of its own.
namespace certdeck {
int translationsAnchor = 0;
}
