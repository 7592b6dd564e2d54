"""The registration desk: applicant search and form, permit picker, checklist, outcome and slip preview."""
