# Installation and the Debian package: `cmake --install build --prefix DIR` gives a self-contained tree
#   bin/kestrel, bin/kestrel-cli
#   lib/kestrel/          KMime and its KDE libraries when they came from a private prefix (scripts/build-kmime)
#   share/applications/   share/icons/hicolor/scalable/apps/   share/metainfo/
# and `cpack -G DEB` (run in the build folder) packs the same tree under /usr. The translations need no files
# of their own: app/CMakeLists.txt compiles them into the kestrel binary (resources under :/i18n).
# The reverse-DNS id below is shared by the desktop file, the AppStream metainfo and the icon; the program's
# QGuiApplication::setDesktopFileName must use it too, so that Wayland shells match windows to the entry.
set(KESTREL_APP_ID "org.kestrel_mail.Kestrel")
set(KESTREL_PRIVATE_LIBDIR "lib/kestrel")
set(KESTREL_RESOURCES_DIR "${PROJECT_SOURCE_DIR}/resources")

# The binaries find the private libraries next to themselves wherever the tree is installed.
set_target_properties(kestrel kestrel-cli PROPERTIES INSTALL_RPATH "$ORIGIN/../${KESTREL_PRIVATE_LIBDIR}")

install(FILES "${KESTREL_RESOURCES_DIR}/${KESTREL_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${KESTREL_RESOURCES_DIR}/${KESTREL_APP_ID}.svg" DESTINATION share/icons/hicolor/scalable/apps)
install(FILES "${KESTREL_RESOURCES_DIR}/${KESTREL_APP_ID}.metainfo.xml" DESTINATION share/metainfo)

# Debian 12 packages KMime only for Qt 5, so scripts/build-kmime builds it for Qt 6 into a private prefix
# that no other machine has. Whatever the binaries load from that prefix is copied into lib/kestrel, each
# library's RUNPATH pointing at its own folder so that KMime finds KCodecs and KI18n there too. A KMime
# from the system (KPim6Mime) is left to the system's packages.
if(TARGET KF5::Mime)
  install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES "$<TARGET_FILE:kestrel>" "$<TARGET_FILE:kestrel-cli>"
      DIRECTORIES "$<TARGET_FILE_DIR:KF5::Mime>"
      RESOLVED_DEPENDENCIES_VAR kestrel_deps
      UNRESOLVED_DEPENDENCIES_VAR kestrel_missing
      POST_INCLUDE_REGEXES "^$<TARGET_FILE_DIR:KF5::Mime>/"
      POST_EXCLUDE_REGEXES ".*")
    if(kestrel_missing)
      message(FATAL_ERROR "kestrel: libraries not found while installing: ${kestrel_missing}")
    endif()
    set(kestrel_libdir "${CMAKE_INSTALL_PREFIX}/lib/kestrel")
    foreach(library IN LISTS kestrel_deps)
      # The SONAME link and the file it points at, not the unversioned development link.
      file(INSTALL "${library}" DESTINATION "${kestrel_libdir}" FOLLOW_SYMLINK_CHAIN)
      file(REAL_PATH "${library}" real)
      get_filename_component(real_name "${real}" NAME)
      file(RPATH_SET FILE "$ENV{DESTDIR}${kestrel_libdir}/${real_name}" NEW_RPATH "$ORIGIN")
    endforeach()
  ]])
endif()

# The Debian package (Debian 12 and later, Ubuntu 23.04 and later): dpkg-shlibdeps turns the linked libraries
# into Depends; what is loaded at run time without being linked (the SQLite driver, TLS) is listed by hand.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "kestrel")
set(CPACK_PACKAGE_VENDOR "The Kestrel developers")
set(CPACK_PACKAGE_CONTACT "The Kestrel developers <maintainers@kestrel-mail.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Kestrel reads and sends mail over IMAP and SMTP, with push (IDLE), an offline cache with
full-text search, offline actions replayed later and a composer that never loses a draft.
Passwords are kept in the system keychain. kestrel-cli offers the same on the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://kestrel-mail.org/")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Our own copies of KMime satisfy the binaries' needs for those libraries: dpkg-shlibdeps runs in the
# package's staging root, so the folder is given relative to it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "usr/${KESTREL_PRIVATE_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libssl3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
include(CPack)
