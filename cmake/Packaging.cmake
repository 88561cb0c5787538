# Two Debian packages from one build (`cpack -G DEB` in the build directory,
# see docs/packaging.md):
#   connections-console  the console (Apache-2.0), its icon, desktop entry and man page;
#   connections-sandbox  the sandbox, which links Qt HTTP Server (GPL-3), and its man page.
# Dependencies come from the shared libraries (dpkg-shlibdeps).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "connections-console")
set(CPACK_PACKAGE_VENDOR "Connections Console developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's description below starts with its own synopsis line: no
# common summary is put in front of it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL console sandbox)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# The packager's address goes here (-DCC_PACKAGE_MAINTAINER=...).
set(CC_PACKAGE_MAINTAINER "Connections Console developers <maintainers@connections-console.invalid>"
    CACHE STRING "The Maintainer field of the Debian packages")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME "connections-console")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION "net")
# A Secret Service for the keychain, and a browser opener for sign-in.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, xdg-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "connections-sandbox")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION
"desktop console for a data platform's connections
Connections Console is a native Qt desktop console for a data platform.
Workspace admins connect the platform to their providers (the connector
catalog, the inventory with a health badge per connection, connect and
reconnect through the system browser) and run the workspace; support staff
find out why a sync failed, from its history, the failures across the
workspace, and the data sources' event timelines.

Sign-in runs in the system browser with a loopback redirect; credentials are
kept in the desktop's keychain (the Secret Service).")

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "connections-sandbox")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_SANDBOX_DESCRIPTION
"local reference data platform for Connections Console
A real platform on 127.0.0.1 for trying and testing Connections Console: the
connections API, the workspaces, data sources and integrations API, fake
OAuth providers with consent pages, a simulated sync runner and an OAuth
authorization server, with its state in SQLite.

It links Qt HTTP Server, so this package is distributed under the GPL-3.")

# Debian's per-package documentation: the copyright and a compressed changelog.
set(cc_changelog "${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz")
add_custom_command(OUTPUT "${cc_changelog}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/packaging"
    COMMAND gzip -9n -c "${PROJECT_SOURCE_DIR}/resources/debian/changelog" > "${cc_changelog}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/debian/changelog" VERBATIM)
add_custom_target(package_docs ALL DEPENDS "${cc_changelog}")
install(FILES resources/debian/copyright "${cc_changelog}"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/connections-console COMPONENT console)
install(FILES "${cc_changelog}"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/connections-sandbox COMPONENT sandbox)
install(FILES resources/debian/copyright.sandbox RENAME copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/connections-sandbox COMPONENT sandbox)

include(CPack)
