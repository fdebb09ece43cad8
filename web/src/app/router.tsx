// Every route of the client. To add a page: create web/src/pages/<area>/<name>.page.tsx
// exporting `Component`, and add a `lazy` route here (docs/web-client.md, "Adding a page").
// Routes that mails link to must keep working: /sign-in?token=…, /sign-in?email=…,
// /academies/:slug, /academies/:slug/application, /academies/:slug#<eventId>.
import { createBrowserRouter } from 'react-router';
import { AcademyListPage } from '../pages/academies/academy-list.page';
import { AppShell } from './app-shell';
import { ErrorPage, NotFoundPage } from './error-page';

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          // The first page is in the main bundle; every other page loads when first opened.
          { index: true, element: <AcademyListPage /> },
          { path: 'academies/:slug', lazy: () => import('../pages/academies/academy.page') },
          { path: 'sign-in', lazy: () => import('../pages/sign-in/sign-in.page') },
          {
            path: 'organisations',
            lazy: () => import('../pages/organisations/organisation-list.page'),
          },
          {
            path: 'organisations/new',
            lazy: () => import('../pages/organisations/organisation-new.page'),
          },
          {
            path: 'organisations/:id',
            lazy: () => import('../pages/organisations/organisation.page'),
          },
          {
            path: 'academies/:slug/application',
            lazy: () => import('../pages/applications/application.page'),
          },
          {
            path: 'applications',
            lazy: () => import('../pages/applications/my-applications.page'),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
