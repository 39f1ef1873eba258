// The programs allocate through mimalloc (CMakeLists.txt, CASEBENCH_MIMALLOC) for speed: a
// case's evaluation makes a few hundred short-lived allocations. This test is linked as the
// programs are and checks that malloc, operator new and Qt's own containers (allocated
// inside libQt6Core) all get their memory from mimalloc: a link that quietly kept glibc's
// malloc would still work, only slower.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTest>
#include <array>
#include <cstdlib>
#include <memory>

#ifdef CASEBENCH_MIMALLOC
#include <mimalloc.h>
#endif

class TestAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAllocationComesFromMimalloc()
    {
#ifndef CASEBENCH_MIMALLOC
        QSKIP("built without mimalloc (CASEBENCH_MIMALLOC off, or a sanitizer build)");
#else
        void *raw = std::malloc(100);
        QVERIFY(raw);
        QVERIFY(mi_is_in_heap_region(raw));
        std::free(raw);

        const auto object = std::make_unique<std::array<char, 100>>();
        QVERIFY(mi_is_in_heap_region(object.get()));

        const QByteArray bytes(1000, 'x');
        QVERIFY(mi_is_in_heap_region(bytes.constData()));
        const QString text = QString::number(12345).repeated(10);
        QVERIFY(mi_is_in_heap_region(text.constData()));
        QList<int> numbers;
        numbers.resize(500);
        QVERIFY(mi_is_in_heap_region(numbers.constData()));
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
