#pragma once
// CacheError: why the encrypted cache could not be opened, created or changed.

#include <QString>

namespace casebench {

struct CacheError
{
    enum class Kind {
        None,
        WrongPassphrase,   // wrong passphrase, or the file is not a casebench cache
        FileNotFound,      // opening a cache that does not exist
        AlreadyExists,     // creating a cache over an existing file
        UnsupportedCipher, // the linked SQLCipher is older than 4
        NotEncrypted,      // the file on disk is plaintext SQLite: refuse to use it
        Migration,         // a schema migration failed (the cache is left at its old version)
        TooNew,            // the cache was written by a newer casebench
        Io,                // the file system refused
        Sql,               // any other database error
    };
    Kind kind = Kind::None;
    QString message; // for a person; names the file
};

} // namespace casebench
