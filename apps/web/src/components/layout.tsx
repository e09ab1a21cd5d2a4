import { Suspense, useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '../api/auth';
import { LanguageSwitch } from './language-switch';
import styles from './layout.module.css';
import { NAV_ITEMS } from './navigation';
import { Loading } from './loading';

/** Every page's frame: skip link, banner with the language switch, menu by role, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, focus goes to the new page's content, as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  const role = me.data?.role;
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        {t('layout.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <NavLink to="/" className={styles.brand}>
            Quorum
          </NavLink>
          <div className={styles.tools}>
            {me.data && <span className={styles.who}>{me.data.email}</span>}
            <LanguageSwitch />
            {me.data && (
              <Button
                className={styles.headerButton}
                onPress={() => {
                  logout();
                  void navigate('/login');
                }}
              >
                {t('layout.logout')}
              </Button>
            )}
          </div>
        </div>
      </header>
      {role && (
        <nav className={styles.nav} aria-label={t('layout.mainMenu')}>
          <ul className={styles.navList}>
            {NAV_ITEMS.filter((item) => item.roles.includes(role)).map((item) => (
              <li key={item.labelKey}>
                <NavLink to={item.to} className={styles.navLink}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <div className={styles.footerInner}>{t('layout.footer')}</div>
      </footer>
    </>
  );
}
