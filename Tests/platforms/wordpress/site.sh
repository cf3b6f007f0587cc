#!/usr/bin/env bash
# A real WordPress from Debian's packages (wordpress, mariadb-server, php-cli, php-mysql) in a
# folder of its own: MariaDB on a socket, the site installed with wp_install(), served by PHP's
# built-in server on 127.0.0.1. Nothing outside the folder is written.
#
#   site.sh start DIR PORT   → prints nothing; DIR/site is the document root, DIR/url the base URL
#   site.sh php DIR CODE     → runs PHP with WordPress loaded (wp-load.php)
#   site.sh stop DIR
set -euo pipefail
cmd=$1 dir=$2
# SCRIPTLINT_WP_ROOT: another WordPress tree (another release, unpacked from its Debian package).
wp=${SCRIPTLINT_WP_ROOT:-/usr/share/wordpress}

need() { command -v "$1" >/dev/null || { echo "site.sh: $1 is missing: apt-get install -y $2" >&2; exit 3; }; }

case $cmd in
start)
    port=$3
    need mariadbd mariadb-server; need php php-cli
    [ -f $wp/wp-load.php ] || { echo "site.sh: $wp is missing: apt-get install -y wordpress" >&2; exit 3; }
    php -m | grep -i '^mysqli$' > /dev/null || { echo "site.sh: PHP's mysqli is missing: apt-get install -y php-mysql" >&2; exit 3; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    mariadb-install-db --no-defaults --datadir="$dir/db" --user="$(id -un)" --auth-root-authentication-method=normal \
        --skip-test-db > "$dir/db-install.log" 2>&1
    mariadbd --no-defaults --datadir="$dir/db" --socket="$dir/mysql.sock" --skip-networking --user="$(id -un)" \
        --pid-file="$dir/mariadb.pid" --log-error="$dir/mariadb.log" > /dev/null 2>>"$dir/mariadb.log" &
    for _ in $(seq 100); do [ -S "$dir/mysql.sock" ] && break; sleep 0.1; done
    [ -S "$dir/mysql.sock" ] || { echo "site.sh: MariaDB did not start; see $dir/mariadb.log" >&2; exit 3; }
    mariadb --no-defaults -S "$dir/mysql.sock" -u root -e "CREATE DATABASE wp; CREATE USER wp@localhost IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO wp@localhost;"
    # A copy of the tree (hard links where the file system allows), with a configuration of its own:
    # PHP resolves symbolic links in __FILE__, so a linked wp-load.php would find Debian's wp-config.php.
    cp -al $wp "$dir/site" 2>/dev/null || cp -a $wp "$dir/site"
    rm -f "$dir/site/wp-config.php"
    cat > "$dir/site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$dir/mysql.sock'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('WP_HOME', 'http://127.0.0.1:$port'); define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_CONTENT_DIR', '$dir/site/wp-content'); define('WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content');
define('AUTH_KEY', 'k1'); define('SECURE_AUTH_KEY', 'k2'); define('LOGGED_IN_KEY', 'k3'); define('NONCE_KEY', 'k4');
define('AUTH_SALT', 's1'); define('SECURE_AUTH_SALT', 's2'); define('LOGGED_IN_SALT', 's3'); define('NONCE_SALT', 's4');
define('WP_DEBUG', false); define('CONCATENATE_SCRIPTS', false); define('SCRIPT_DEBUG', false);
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true);
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
    # Debian's wp-content lives in /var/lib; the copy has its own, with Debian's bundled themes.
    for t in /usr/share/wordpress/wp-content/themes/* /var/lib/wordpress/wp-content/themes/*; do
        [ -d "$t" ] && [ ! -e "$dir/site/wp-content/themes/$(basename "$t")" ] && cp -a "$t" "$dir/site/wp-content/themes/"
    done
    echo "http://127.0.0.1:$port" > "$dir/url"
    HTTP_HOST=127.0.0.1:$port php -d error_reporting=0 -r '
        define("WP_INSTALLING", true);
        require $argv[1] . "/site/wp-load.php";
        require_once ABSPATH . "wp-admin/includes/upgrade.php";
        wp_install("scriptlint test", "admin", "admin@example.org", true, "", "admin-password");
        update_option("permalink_structure", "");' "$dir" > "$dir/install.log" 2>&1
    php -S 127.0.0.1:"$port" -t "$dir/site" > "$dir/php-server.log" 2>&1 &
    echo $! > "$dir/php.pid"
    for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    ;;
php)
    dir=$(cd "$dir" && pwd)
    HTTP_HOST=$(sed 's|http://||' "$dir/url") php -d error_reporting=0 -r 'require $argv[1] . "/site/wp-load.php"; require_once ABSPATH . "wp-admin/includes/plugin.php"; eval($argv[2]);' "$dir" "$3"
    ;;
stop)
    [ -f "$dir/php.pid" ] && kill "$(cat "$dir/php.pid")" 2>/dev/null || true
    [ -f "$dir/mariadb.pid" ] && kill "$(cat "$dir/mariadb.pid")" 2>/dev/null || true
    ;;
esac
