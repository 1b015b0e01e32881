import React, { type ReactNode } from 'react';
import Footer from '@theme-init/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Cite from '../../../../../components/Cite';

type Props = WrapperProps<typeof FooterType>;

/** Every article ends with "Cite" (plain text and BibTeX) for the page's permanent URL. */
export default function FooterWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  // The permalink carries the base URL (with the locale); Cite adds it back.
  const path = `/${metadata.permalink.slice(siteConfig.baseUrl.length)}`;
  const id = metadata.id.replace(/[^a-z0-9]+/gi, '-');
  return (
    <>
      <div className="margin-top--lg">
        <Cite kind="page" id={id} title={metadata.title} author={siteConfig.title} path={path} />
      </div>
      <Footer {...props} />
    </>
  );
}
