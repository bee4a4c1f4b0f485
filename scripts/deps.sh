#!/bin/sh
# Installs what bounce needs on Debian 12, only where it is missing (see docs/ and README).
set -e
PKGS="lua5.4 liblua5.4-dev lua5.1 liblua5.1-0-dev lua5.2 liblua5.2-dev lua5.3 liblua5.3-dev lua-lpeg lua-busted luarocks luajit2 libluajit2-5.1-dev lua-check lua-ldoc lua-cjson pkg-config gcc make lua-socket nginx libnginx-mod-http-lua procps redis-server lua-redis exim4-daemon-light clang-14 libclang-rt-14-dev valgrind"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
# The tests start their own nginx, Redis and Exim; the packages' system services are not wanted,
# and one that fails to start (a port in use) must not fail the install.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
