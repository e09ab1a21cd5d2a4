import type { RouteObject } from 'react-router';
import { Layout } from '../components/layout';
import { Home, RequireLogin, RequireRole } from './require-login';

/**
 * Every page, each its own chunk (route-level code splitting): `lazy` loads a module exporting
 * `Component`. Browser paths sit under /app (the router's basename); the API owns the root.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: 'login', lazy: () => import('./login/login-page') },
      // Open to anyone, without login: fed by the open data only.
      { path: 'public/bodies/:bodyId', lazy: () => import('./recommendations/public-body-page') },
      {
        element: <RequireLogin />,
        children: [
          { index: true, element: <Home /> },
          { path: 'meetings', lazy: () => import('./meetings/my-meetings-page') },
          { path: 'meetings/:meetingId', lazy: () => import('./meetings/meeting-page') },
          { path: 'meetings/:meetingId/vote', lazy: () => import('./votes/vote-page') },
          { path: 'meetings/:meetingId/projection', lazy: () => import('./votes/projection-page') },
          { path: 'bodies', lazy: () => import('./bodies/composition-page') },
          { path: 'bodies/:bodyId', lazy: () => import('./bodies/composition-page') },
          { path: 'bodies/:bodyId/proposals', lazy: () => import('./proposals/proposals-page') },
          { path: 'account', lazy: () => import('./account/account-page') },
          { path: 'recommendations', lazy: () => import('./recommendations/recommendations-page') },
          { path: 'recommendations/:recommendationId', lazy: () => import('./recommendations/recommendation-page') },
          { path: 'meetings/:meetingId/versions', lazy: () => import('./meeting-prep/agenda-versions-page') },
          { path: 'meetings/:meetingId/minutes', lazy: () => import('./minutes/minutes-reading-page') },
          { path: 'minutes', lazy: () => import('./minutes/minutes-list-page') },
          {
            element: <RequireRole roles={['admin', 'secretariat']} />,
            children: [
              { path: 'secretariat/composition', lazy: () => import('./composition-board/composition-board-page') },
              { path: 'secretariat/people', lazy: () => import('./people/people-page') },
              { path: 'secretariat/schedule', lazy: () => import('./schedule/schedule-page') },
              { path: 'secretariat/meetings/:meetingId', lazy: () => import('./meeting-prep/meeting-prep-page') },
              {
                path: 'secretariat/meetings/:meetingId/minutes',
                lazy: () => import('./minutes/minutes-drafting-page'),
              },
            ],
          },
          {
            element: <RequireRole roles={['direction']} />,
            children: [
              { path: 'direction', lazy: () => import('./direction/overview-page') },
              { path: 'follow-up', lazy: () => import('./recommendations/dashboard-page') },
            ],
          },
          {
            element: <RequireRole roles={['admin']} />,
            children: [
              { path: 'admin/users', lazy: () => import('./admin/users-page') },
              { path: 'admin/audit', lazy: () => import('./admin/audit-page') },
            ],
          },
          {
            element: <RequireRole roles={['admin', 'secretariat']} />,
            children: [
              { path: 'board', lazy: () => import('./session-board/board-index-page') },
              { path: 'meetings/:meetingId/board', lazy: () => import('./session-board/session-board-page') },
              { path: 'meetings/:meetingId/polls', lazy: () => import('./votes/poll-controls-page') },
            ],
          },
        ],
      },
      { path: '*', lazy: () => import('./not-found') },
    ],
  },
];
