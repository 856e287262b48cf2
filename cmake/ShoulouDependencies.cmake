# Every third-party dependency is a Debian 12 package (see packaging/debian-packages.txt).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Network WebSockets Gui Widgets Test LinguistTools)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# Legacy .xls (Excel 97–2003) workbooks: libfreexl-dev.
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)
find_package(SQLite3 REQUIRED)
# The hub (core/hub): its self-signed TLS certificate is made with OpenSSL (libssl-dev); it
# serves over Qt WebSockets (qt6-websockets-dev).
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
# The hub on PostgreSQL 15 (`shoulou-hub init --database postgresql://…`): libpq-dev.
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)
find_package(QuaZip-Qt6 REQUIRED)
find_package(Qt6Keychain REQUIRED)

# Debian's libphonenumber-dev ships no CMake package; find the header and library by hand.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(Shoulou::PhoneNumber UNKNOWN IMPORTED)
set_target_properties(Shoulou::PhoneNumber PROPERTIES
  IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
