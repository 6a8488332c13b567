/**
 * The editors' CMS at /admin/ (Sveltia CMS), bundled with the site by src/integrations/cms-admin.ts
 * so that it loads nothing from elsewhere. Its configuration is src/admin/config.yml, generated from
 * the content model (npm run cms:config).
 */
// First, so the preference is there before Sveltia's module reads it.
import './dutch.ts';
import './a11y.ts';
import CMS from '@sveltia/cms';

CMS.init();
