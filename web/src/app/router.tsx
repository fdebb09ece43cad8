// Every route of the client. To add a page: create web/src/pages/<area>/<name>.page.tsx
// exporting `Component`, and add a `lazy` route here (docs/web-client.md, "Adding a page").
// Routes that mails link to must keep working: /sign-in?token=…, /sign-in?email=…,
// /academies/:slug, /academies/:slug/application, /academies/:slug#<eventId>,
// /academies/:slug/decision, /academies/:slug/cohort,
// /academies/:slug/events/:eventId/registration.
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
          { path: 'programmes/:slug', lazy: () => import('../pages/programmes/programme.page') },
          {
            path: 'academies/:slug/sign-up',
            lazy: () => import('../pages/enrolment/sign-up.page'),
          },
          {
            path: 'academies/:slug/consultation',
            lazy: () => import('../pages/consultations/consultation-booking.page'),
          },
          { path: 'expert/slots', lazy: () => import('../pages/consultations/expert-slots.page') },
          {
            path: 'expert/bookings/:bookingId',
            lazy: () => import('../pages/sparring/expert-booking.page'),
          },
          { path: 'sign-in', lazy: () => import('../pages/sign-in/sign-in.page') },
          { path: 'profile', lazy: () => import('../pages/profile/profile.page') },
          // Not /calendar/…: that prefix is the API's (.ics downloads and feeds).
          { path: 'profile/calendar', lazy: () => import('../pages/profile/calendar-feed.page') },
          { path: 'my-data', lazy: () => import('../pages/privacy/my-data.page') },
          {
            path: 'my-data/download/:token',
            lazy: () => import('../pages/privacy/data-export-download.page'),
          },
          // The same page once the token is put away (it never reaches `next=` or the history).
          {
            path: 'my-data/download',
            lazy: () => import('../pages/privacy/data-export-download.page'),
          },
          { path: 'admin/academies', lazy: () => import('../pages/admin/academies.page') },
          { path: 'admin/academies/new', lazy: () => import('../pages/admin/academy-new.page') },
          { path: 'admin/academies/:id', lazy: () => import('../pages/admin/academy-edit.page') },
          {
            path: 'admin/academies/:id/next-edition',
            lazy: () => import('../pages/editions/next-edition.page'),
          },
          {
            path: 'admin/academies/:id/events/:eventId/attendance',
            lazy: () => import('../pages/attendance/attendance.page'),
          },
          {
            path: 'admin/academies/:id/attendance',
            lazy: () => import('../pages/attendance/academy-attendance.page'),
          },
          {
            path: 'admin/academies/:id/progress',
            lazy: () => import('../pages/follow-up/cohort-progress.page'),
          },
          {
            path: 'admin/academies/:id/rounds',
            lazy: () => import('../pages/rounds/rounds-admin.page'),
          },
          {
            path: 'admin/academies/:id/applications',
            lazy: () => import('../pages/admin/academy-applications.page'),
          },
          { path: 'review', lazy: () => import('../pages/review/review-assignments.page') },
          { path: 'review/:applicationId', lazy: () => import('../pages/review/review.page') },
          {
            path: 'admin/academies/:id/decisions',
            lazy: () => import('../pages/decisions/decisions.page'),
          },
          {
            path: 'admin/academies/:id/selection',
            lazy: () => import('../pages/board/selection-board.page'),
          },
          {
            path: 'admin/academies/:id/reviewers',
            lazy: () => import('../pages/reviewers/reviewers.page'),
          },
          { path: 'admin/roles', lazy: () => import('../pages/admin/roles.page') },
          { path: 'admin/erasure', lazy: () => import('../pages/privacy/admin-erasure.page') },
          {
            path: 'my-data/delete-account',
            lazy: () => import('../pages/privacy/delete-account.page'),
          },
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
          { path: 'academies/:slug/decision', lazy: () => import('../pages/offer/decision.page') },
          { path: 'academies/:slug/cohort', lazy: () => import('../pages/cohort/cohort.page') },
          { path: 'academies/:slug/team', lazy: () => import('../pages/team/team.page') },
          {
            path: 'academies/:slug/sparring',
            lazy: () => import('../pages/rounds/sparring-booking.page'),
          },
          { path: 'academies/:slug/alumni', lazy: () => import('../pages/alumni/alumni.page') },
          { path: 'academies/:slug/pilot', lazy: () => import('../pages/follow-up/pilot.page') },
          {
            path: 'academies/:slug/cohort-pilots',
            lazy: () => import('../pages/follow-up/cohort-pilots.page'),
          },
          {
            path: 'academies/:slug/outcome-report',
            lazy: () => import('../pages/outcome-report/outcome-report.page'),
          },
          {
            path: 'admin/academies/:id/retention',
            lazy: () => import('../pages/privacy/retention.page'),
          },
          {
            path: 'admin/academies/:id/outcome-reports',
            lazy: () => import('../pages/outcome-report/outcome-reports.page'),
          },
          {
            path: 'academies/:slug/results',
            lazy: () => import('../pages/follow-up/results.page'),
          },
          {
            path: 'academies/:slug/attendance',
            lazy: () => import('../pages/attendance/my-attendance.page'),
          },
          {
            path: 'academies/:slug/agreed-actions',
            lazy: () => import('../pages/sparring/agreed-actions.page'),
          },
          {
            path: 'academies/:slug/events/:eventId',
            lazy: () => import('../pages/workshop/workshop-event.page'),
          },
          {
            path: 'academies/:slug/events/:eventId/registration',
            lazy: () => import('../pages/registration/registration.page'),
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
